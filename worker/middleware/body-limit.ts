// Request bodies are capped at 16 KiB before anything parses them.
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { ProblemError } from '../lib/problem';

export const MAX_BODY_BYTES = 16 * 1024;

export const bodyLimit = () =>
  honoBodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ProblemError(413, 'payload_too_large', `Request body exceeds ${MAX_BODY_BYTES} bytes`);
    },
  });
