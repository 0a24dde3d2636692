import {
  type AdminRegistrationDetail,
  type Lang,
  PHOTO_KINDS,
  REJECT_REASON_LABELS,
  type RejectReason,
} from '@vssid/contracts';
import { namesMatch } from '@vssid/domain';
import type { RegistrationRow } from '../repositories/registration.repository.ts';
import type { InsuredPersonRow } from '../repositories/registration-lookup.repository.ts';
import type { PhotoRow } from '../repositories/registration-photo.repository.ts';
import { presentPhoto } from './registration-draft.presenter.ts';

type Submitted = RegistrationRow & { status: 'pending' | 'approved' | 'rejected' };

/**
 * The photos in the order an officer compares them: portrait, then the ID's front, then its back
 * (PHOTO_KINDS, step 3's order), whatever order they were uploaded or stored in.
 */
export const inPhotoOrder = (photos: readonly PhotoRow[]): PhotoRow[] =>
  [...photos].sort((a, b) => PHOTO_KINDS.indexOf(a.kind) - PHOTO_KINDS.indexOf(b.kind));

/** One line of the officers' queue. */
export function presentSummary(r: Submitted) {
  return {
    id: r.id,
    applicationNumber: r.applicationNumber ?? '',
    status: r.status,
    submittedAt: (r.submittedAt ?? r.createdAt).toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    fullName: r.fullName ?? '',
    bhxhCode: r.bhxhCode ?? '',
    idNumber: r.idNumber ?? '',
    registryResult: r.registryResult ?? 'not_checked',
  };
}

/** What the applicant typed that differs from the insurance record (officers only). */
export function differences(r: RegistrationRow, p: InsuredPersonRow | undefined) {
  const out: AdminRegistrationDetail['differences'] = [];
  if (!p) return out;
  const name = r.fullName ?? '';
  if (name !== p.fullName)
    out.push({
      field: 'fullName',
      kind: namesMatch(name, p.fullName) ? 'diacritics' : 'differs',
      submitted: name,
      record: p.fullName,
    });
  if ((r.birthDate ?? '') !== p.birthDate)
    out.push({
      field: 'birthDate',
      kind: 'differs',
      submitted: r.birthDate ?? '',
      record: p.birthDate,
    });
  if (!p.idNumber)
    out.push({ field: 'idNumber', kind: 'missing', submitted: r.idNumber ?? '', record: null });
  else if (p.idNumber !== r.idNumber)
    out.push({
      field: 'idNumber',
      kind: 'differs',
      submitted: r.idNumber ?? '',
      record: p.idNumber,
    });
  return out;
}

/** The full application for an officer of its agency. */
export function presentDetail(
  r: Submitted,
  o: {
    photos: PhotoRow[];
    person: InsuredPersonRow | undefined;
    agency: { id: string; name: string };
    decidedBy: string | null;
    units: { communeName: string; provinceName: string; address: string };
    lang: Lang;
  },
): AdminRegistrationDetail {
  const reason = r.rejectReason as RejectReason | null;
  return {
    ...presentSummary(r),
    decidedBy: o.decidedBy,
    rejectReason: reason
      ? { code: reason, label: REJECT_REASON_LABELS[reason][o.lang], note: r.rejectNote || null }
      : null,
    applicant: {
      bhxhCode: r.bhxhCode ?? '',
      fullName: r.fullName ?? '',
      idKind: r.idKind ?? 'cccd',
      idNumber: r.idNumber ?? '',
      birthDate: r.birthDate ?? '',
      provinceCode: r.provinceCode ?? '',
      provinceName: o.units.provinceName,
      communeCode: r.communeCode ?? '',
      communeName: o.units.communeName,
      street: r.street ?? '',
      address: o.units.address,
      phone: r.phone ?? '',
      email: r.email ?? '',
    },
    agency: o.agency,
    consentAt: (r.consentAt ?? r.createdAt).toISOString(),
    registry: {
      result: r.registryResult ?? 'not_checked',
      checkedAt: r.registryCheckedAt?.toISOString() ?? null,
    },
    photos: inPhotoOrder(o.photos).map((p) => presentPhoto(p, `/api/admin/registrations/${r.id}`)),
    differences: differences(r, o.person),
  };
}
