// Reading a share poster back in the widget tests: its PNG header and its QR code (jsQR from npm).
import { equal } from './helpers.js';

export type JsQR = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;

/** jsQR is a UMD bundle: loaded as a module it sets self.jsQR. */
export async function jsQR(): Promise<JsQR> {
  const w = window as unknown as { jsQR?: JsQR };
  if (!w.jsQR) await import('jsqr/dist/jsQR.js' as string);
  return w.jsQR!;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export async function pngSize(blob: Blob): Promise<[number, number]> {
  const v = new DataView(await blob.arrayBuffer());
  equal(v.getUint32(0), 0x89504e47, 'PNG signature');
  equal(String.fromCharCode(v.getUint8(12), v.getUint8(13), v.getUint8(14), v.getUint8(15)), 'IHDR', 'IHDR chunk');
  return [v.getUint32(16), v.getUint32(20)];
}

export function decodeCanvas(canvas: HTMLCanvasElement, read: JsQR): string | undefined {
  const img = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return read(img.data, img.width, img.height)?.data;
}
