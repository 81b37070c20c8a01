/**
 * Uploading a report file as an admin: the token kept for the browser session only (sessionStorage:
 * gone when the tab closes, never in localStorage), the file read as base64, and the request sent
 * with XMLHttpRequest, the one browser API that reports upload progress.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export const ACCEPTED_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf'];
const TOKEN_KEY = 'hub.adminToken';

export function savedToken(storage: Pick<Storage, 'getItem'> = sessionStorage): string | null {
  try {
    return storage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null, storage: Pick<Storage, 'setItem' | 'removeItem'> = sessionStorage): void {
  try {
    if (token) storage.setItem(TOKEN_KEY, token);
    else storage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused (private mode): the token lives as long as the page.
  }
}

export function isAccepted(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 && ACCEPTED_EXTENSIONS.includes(fileName.slice(dot).toLowerCase());
}

/** Bytes as base64, in chunks (String.fromCharCode over a whole file overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface GraphQLFailure {
  message: string;
  code?: string;
}

export class UploadError extends Error {
  constructor(readonly failure: GraphQLFailure) {
    super(failure.message);
  }
}

/** POSTs a GraphQL operation with the admin token, reporting the share of the body sent (0–1). */
export function sendWithProgress<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string,
  onProgress: (sent: number) => void,
  endpoint = '/graphql',
): Promise<TResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new UploadError({ message: 'network', code: 'NETWORK' }));
    xhr.onload = () => {
      if (xhr.status === 413) return reject(new UploadError({ message: 'too large', code: 'TOO_LARGE' }));
      let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return reject(new UploadError({ message: `HTTP ${xhr.status}` }));
      }
      const first = body.errors?.[0];
      if (first) return reject(new UploadError({ message: first.message, code: first.extensions?.code }));
      if (!body.data) return reject(new UploadError({ message: `HTTP ${xhr.status}` }));
      resolve(body.data);
    };
    xhr.send(JSON.stringify({ query: print(document), variables }));
  });
}
