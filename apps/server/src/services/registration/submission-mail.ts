import { vnDateTime } from '../../lib/vn-time.ts';
import type { RegistrationRow } from '../../repositories/registration.repository.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { MailService } from '../mail.service.ts';

/** One line: street, commune, province. */
export async function fullAddress(lookup: RegistrationLookupRepository, r: RegistrationRow) {
  const [commune, province] = await Promise.all([
    r.communeCode ? lookup.commune(r.communeCode) : undefined,
    r.provinceCode ? lookup.province(r.provinceCode) : undefined,
  ]);
  return {
    communeName: commune?.name ?? '',
    provinceName: province?.name ?? '',
    address: [r.street, commune?.name, province?.name].filter(Boolean).join(', '),
  };
}

/**
 * The mail sent on submission: application number, the status link (token in the #fragment,
 * so it never reaches a server log) and "Tờ khai đăng ký sử dụng phương thức giao dịch điện tử"
 * as a PDF attachment. Written inside the submit's unit of work; the PDF is rendered by the
 * delivery job from the inputs stored (sealed) with the mail, not between commit and mail.
 */
export function submissionMail(deps: {
  lookup: RegistrationLookupRepository;
  mail: MailService;
  publicUrl: string;
}) {
  return {
    async send(r: RegistrationRow, statusToken: string): Promise<void> {
      const agency = await deps.lookup.agency(r.agencyId!);
      const { address } = await fullAddress(deps.lookup, r);
      const number = r.applicationNumber!;
      const submittedAt = r.submittedAt!;
      const statusUrl = `${deps.publicUrl.replace(/\/$/, '')}/dang-ky/trang-thai?ma=${encodeURIComponent(number)}#t=${statusToken}`;
      await deps.mail.send(
        'registration-submitted',
        r.email!,
        {
          fullName: r.fullName!,
          applicationNumber: number,
          agencyName: agency?.name ?? '',
          submittedAt: vnDateTime(submittedAt),
          statusUrl,
        },
        [
          {
            kind: 'declaration-pdf',
            filename: `to-khai-dang-ky-${number}.pdf`,
            data: {
              applicationNumber: number,
              fullName: r.fullName!,
              bhxhCode: r.bhxhCode!,
              birthDate: r.birthDate!,
              idNumber: r.idNumber!,
              address,
              phone: r.phone!,
              email: r.email!,
              agencyName: agency?.name ?? '',
              date: new Date(submittedAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10),
            },
          },
        ],
      );
    },
  };
}
export type SubmissionMail = ReturnType<typeof submissionMail>;
