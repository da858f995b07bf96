/**
 * Choosing files: a labelled file input (keyboard and screen readers) and a drop zone beside it
 * for dragging files from the file manager. Only .xlsx files are taken.
 */
import { Button, Caption1 } from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent } from "react";

export interface FilePickProps {
  readonly label: string;
  readonly dropText?: string;
  readonly dropLabel?: string;
  readonly multiple: boolean;
  readonly onFiles: (files: File[]) => void;
}

const isWorkbook = (file: File) => file.name.toLowerCase().endsWith(".xlsx") && !file.name.startsWith("~$");

export function FilePick({ label, dropText, dropLabel, multiple, onFiles }: FilePickProps) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])].filter(isWorkbook);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={over ? "drop over" : "drop"}
      role={dropLabel === undefined ? undefined : "group"}
      aria-label={dropLabel}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <input
        id={id}
        ref={input}
        className="file-input"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        aria-label={label}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()}>{label}</Button>
      {dropText === undefined ? null : <Caption1 className="drop-text">{dropText}</Caption1>}
    </div>
  );
}
