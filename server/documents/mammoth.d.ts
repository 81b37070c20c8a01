// mammoth ships no types; this is the part of its API the hub uses.
declare module 'mammoth' {
  interface Message { type: 'warning' | 'error'; message: string }
  export function extractRawText(input: { buffer: Buffer }): Promise<{ value: string; messages: Message[] }>;
  const mammoth: { extractRawText: typeof extractRawText };
  export default mammoth;
}
