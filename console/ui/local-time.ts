// datetime-local inputs ("local" is HTML's word) speak the console's time, China Standard Time,
// wherever the browser is (./dates.ts); the API speaks ISO instants.
import { CHINA_OFFSET_MS } from '../../common/china-time.js';

/** ISO instant → the value of a datetime-local input, in China time ('' for none or nonsense). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}

/** datetime-local value (China time) → ISO instant for the API; '' → null (none). An unparsable value goes as typed, for the API to refuse. */
export function fromLocalInput(v: string): string | null {
  if (!v) return null;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? Date.parse(`${v}+08:00`) : NaN;
  return Number.isNaN(ms) ? v : new Date(ms).toISOString();
}
