// Percent-decoding of text from outside: malformed input ("%E0%A4%A") is the client's mistake, so
// it decodes to null (the caller answers 4xx) instead of throwing URIError (a 500).
export function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
