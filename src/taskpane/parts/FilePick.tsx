/**
 * Choosing files: a button that opens the file dialog and a drop zone around it for dragging
 * files from the file manager. Every file picked or dropped is handed on (the caller says which
 * it takes). The file input itself is hidden from the keyboard and from screen readers: the
 * button is the one control, so there is no second tab stop with the same name.
 */
import { Button, Caption1 } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";

export interface FilePickProps {
  readonly label: string;
  readonly dropText?: string;
  readonly dropLabel?: string;
  readonly multiple: boolean;
  readonly disabled?: boolean;
  readonly onFiles: (files: File[]) => void;
}

export function FilePick({ label, dropText, dropLabel, multiple, disabled = false, onFiles }: FilePickProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length > 0 && !disabled) onFiles(multiple ? files : files.slice(0, 1));
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
        ref={input}
        className="file-input"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        data-pick={label}
        disabled={disabled}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = "";
        }}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()}>{label}</Button>
      {dropText === undefined ? null : <Caption1 className="drop-text">{dropText}</Caption1>}
    </div>
  );
}
