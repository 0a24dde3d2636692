import { type DeclarationData, declarationPdf } from '../pdf/declaration-pdf.ts';

/**
 * What to attach, stored with the mail (sealed) and rendered by the delivery job: slow work
 * (a PDF) never runs between a change's commit and its mail, and a retry renders the same file.
 */
export type AttachmentSpec = { kind: 'declaration-pdf'; filename: string; data: DeclarationData };

export type RenderedAttachment = { filename: string; contentType: string; content: Buffer };

export async function renderAttachment(a: AttachmentSpec): Promise<RenderedAttachment> {
  switch (a.kind) {
    case 'declaration-pdf':
      return {
        filename: a.filename,
        contentType: 'application/pdf',
        content: await declarationPdf(a.data),
      };
  }
}
