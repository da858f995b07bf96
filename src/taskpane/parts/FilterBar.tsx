/**
 * Narrowing a long list: a choice of which items to show and a free-text search, both labelled.
 * The search matches text in Swedish lower case (so Å, Ä and Ö match their capitals).
 */
import { Field, Input, Select } from "@fluentui/react-components";

export interface FilterBarProps<K extends string> {
  readonly label: string;
  readonly options: readonly { readonly value: K; readonly text: string }[];
  readonly value: K;
  readonly onChange: (value: K) => void;
  readonly searchLabel: string;
  readonly search: string;
  readonly onSearch: (search: string) => void;
}

export function FilterBar<K extends string>({ label, options, value, onChange, searchLabel, search, onSearch }: FilterBarProps<K>) {
  return (
    <div className="filters">
      <Field label={label}>
        <Select value={value} onChange={(_, data) => onChange((options.find((o) => o.value === data.value) ?? options[0])?.value ?? value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.text}</option>
          ))}
        </Select>
      </Field>
      <Field label={searchLabel}>
        <Input value={search} onChange={(_, data) => onSearch(data.value)} />
      </Field>
    </div>
  );
}

/** Whether `text` contains the search (trimmed; empty matches everything). */
export function matchesSearch(text: string, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase("sv");
  return needle === "" || text.toLocaleLowerCase("sv").includes(needle);
}
