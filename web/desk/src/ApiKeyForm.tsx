import { useState, type FormEvent } from 'react';

export interface ApiKeyFormProps {
  /** Whether a key was already given (and refused). */
  readonly refused: boolean;
  readonly onSubmit: (key: string) => void;
}

/** Asks for the API key when the server has `API_KEYS` on; the key stays in this tab only. */
export function ApiKeyForm({ refused, onSubmit }: ApiKeyFormProps) {
  const [key, setKey] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (key.trim()) onSubmit(key.trim());
  }
  return (
    <form className="api-key" onSubmit={submit} aria-label="API key">
      <label htmlFor="api-key">{refused ? 'That API key was refused; another' : 'This server needs an API key'}</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        value={key}
        onChange={(event) => setKey(event.target.value)}
      />
      <button type="submit">Use key</button>
    </form>
  );
}
