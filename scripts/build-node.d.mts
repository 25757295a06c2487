export declare const NODE_SERVER: string;
export declare function buildNodeHost(): Promise<string>;
