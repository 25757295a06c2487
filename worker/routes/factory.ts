// Every route module builds its router here so validation failures share one problem+json hook.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { validationHook } from '../middleware/problem';

export const router = () => new OpenAPIHono<Env>({ defaultHook: validationHook });

export const ADMIN_SECURITY = [{ bearerAuth: [] }];
