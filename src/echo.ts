// Client input repeated in messages (errors, import issues), cut to MAX_ECHO characters so a
// 100 kB id or text never comes back whole. Dependency-free, so every layer (the model too) can use it.

/** How much of a client's input a message repeats: enough to recognise it, never a 100 kB echo. */
export const MAX_ECHO = 200;

/** The client's text cut to MAX_ECHO characters (whole code points), marked when cut. */
export function clip(text: string, max = MAX_ECHO): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}… (${chars.length} characters, cut to ${max})`;
}

/** A client's value quoted for a message (JSON-quoted, so control characters show), cut to MAX_ECHO. */
export function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const chars = [...text];
  const cut = chars.length > MAX_ECHO;
  const quoted = JSON.stringify(cut ? chars.slice(0, MAX_ECHO).join('') : text);
  return cut ? `${quoted}… (${chars.length} characters, cut to ${MAX_ECHO})` : quoted;
}

/**
 * Every quoted run longer than MAX_ECHO in a message cut to MAX_ECHO: the backstop for messages
 * the service does not write itself (graphql-js repeats a variable's value, an unknown field or
 * enum value in quotes, at any length). One linear pass; \" inside a run does not end it.
 */
export function clipQuoted(message: string): string {
  if (message.length <= MAX_ECHO) return message;
  let out = '';
  let start = -1; // index after the opening quote of the run being read, or -1 outside one
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '\\' && start >= 0) {
      i++;
      continue;
    }
    if (c !== '"') {
      if (start < 0) out += c;
      continue;
    }
    if (start < 0) start = i + 1;
    else {
      out += `"${clip(message.slice(start, i))}"`;
      start = -1;
    }
  }
  return start >= 0 ? `${out}"${clip(message.slice(start))}` : out;
}
