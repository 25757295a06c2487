/** A QR code drawn in the browser (no outside service): its size in modules and an SVG path of the dark ones. */
export interface QrShape {
  size: number;
  path: string;
}

/** lean-qr is imported here, and this module only when a WeChat Pay code is to be shown. */
export async function qrShape(text: string): Promise<QrShape> {
  const [{ generate, correction }, { toSvgPath }] = await Promise.all([
    import('lean-qr'),
    import('lean-qr/extras/svg'),
  ]);
  // Level M: WeChat's own codes use it; phones read it well from a screen.
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, path: toSvgPath(code) };
}
