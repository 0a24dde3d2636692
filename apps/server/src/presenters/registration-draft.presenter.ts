import type { PhotoInfo, RegistrationDraft } from '@vssid/contracts';
import { maskEmail } from '../lib/mask-email.ts';
import type { RegistrationRow } from '../repositories/registration.repository.ts';
import type { PhotoRow } from '../repositories/registration-photo.repository.ts';
import { OTP_RESEND_AFTER_MS } from '../services/otp.service.ts';
import { missingItems, requiredPhotos } from '../services/registration/registration-rules.ts';

/** A photo as its owner sees it; `base` is where the photo routes of this audience live. */
export function presentPhoto(p: PhotoRow, base: string): PhotoInfo {
  return {
    kind: p.kind,
    url: `${base}/photos/${p.kind}`,
    contentType: 'image/jpeg',
    size: p.size,
    width: p.width,
    height: p.height,
    uploadedAt: p.uploadedAt.toISOString(),
  };
}

/**
 * The draft as the applicant sees it. The registry's exact answer (mismatch / not found) stays
 * with the officers: the applicant only learns whether the check confirmed them. After
 * submission the photos are no longer served to the browser.
 */
export function presentDraft(row: RegistrationRow, photos: PhotoRow[]): RegistrationDraft {
  const base = `/api/registrations/${row.id}`;
  const draft = row.status === 'draft';
  const photo = (kind: PhotoRow['kind']) => {
    const p = draft ? photos.find((x) => x.kind === kind) : undefined;
    return p ? presentPhoto(p, base) : null;
  };
  return {
    id: row.id,
    expiresAt: (row.expiresAt ?? row.updatedAt).toISOString(),
    answers: row.answers,
    applicantVerified: row.applicantVerified,
    idKind: row.applicantVerified ? row.idKind : null,
    verified: row.applicantVerified && row.registryResult === 'match',
    requiredPhotos: requiredPhotos(row),
    consentAt: row.consentAt?.toISOString() ?? null,
    photos: { portrait: photo('portrait'), id_front: photo('id_front'), id_back: photo('id_back') },
    otp:
      row.otpSentAt && row.otpExpiresAt && row.email
        ? {
            sentAt: row.otpSentAt.toISOString(),
            expiresAt: row.otpExpiresAt.toISOString(),
            resendAfter: new Date(row.otpSentAt.getTime() + OTP_RESEND_AFTER_MS).toISOString(),
            maskedEmail: maskEmail(row.email) ?? '',
          }
        : null,
    missing: draft ? missingItems(row, photos) : [],
    submitted:
      row.applicationNumber && row.submittedAt
        ? { applicationNumber: row.applicationNumber, submittedAt: row.submittedAt.toISOString() }
        : null,
  };
}
