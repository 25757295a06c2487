// The D1 conformance cases (test/conformance/d1-cases.ts) against D1 in workerd, the reference
// the Node host's binding is held to (test/node/d1-conformance.test.ts runs the same cases there).
import { env } from 'cloudflare:workers';
import { d1Conformance } from '../conformance/d1-cases';

d1Conformance(() => env.DB);
