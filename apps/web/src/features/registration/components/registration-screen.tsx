import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Screen } from '../../../lib/components/screen.tsx';
import type { FormErrors } from '../../../lib/form-errors.ts';
import { PATHS } from '../../../lib/paths.ts';
import { useDriveLink } from '../hooks/use-drive-link.ts';
import { useRegistrationFlow } from '../hooks/use-registration-flow.ts';
import { AddressStep } from './address-step.tsx';
import { AgencyStep, type Submitted } from './agency-step.tsx';
import { AlreadySubmitted } from './already-submitted.tsx';
import { DonePanel } from './done-panel.tsx';
import { DraftStatus } from './draft-status.tsx';
import { DriveLinkNotice } from './drive-link-notice.tsx';
import { IdentityStep } from './identity-step.tsx';
import { PhotosStep } from './photos-step.tsx';
import { STEPS, StepIndicator } from './step-indicator.tsx';

const stepPath = (n: number) => (n <= 1 ? PATHS.register : `${PATHS.register}?buoc=${n}`);

/**
 * "Đăng ký tài khoản" (/dang-ky, steps as ?buoc=2…4): each step is a history entry, so the
 * back arrow and the phone's back button both return to the previous step, answers intact.
 */
export function RegistrationScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const flow = useRegistrationFlow();
  // A school's reminder link or poster QR code (issue 13).
  const driveLink = useDriveLink(flow);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const step = Math.min(STEPS.length, Math.max(1, Number(params.get('buoc')) || 1));
  const goTo = (n: number) => {
    window.scrollTo(0, 0);
    void navigate(stepPath(n));
  };

  if (submitted) {
    return (
      <Screen title={t('registration.title')} backTo={PATHS.personal}>
        <DonePanel submitted={submitted} />
      </Screen>
    );
  }
  // Sent from another tab or device: nothing is left to fill in here.
  if (flow.draft?.submitted) {
    return (
      <Screen title={t('registration.title')} backTo={PATHS.personal}>
        <AlreadySubmitted number={flow.draft.submitted.applicationNumber} onLeave={flow.finish} />
      </Screen>
    );
  }
  // Photos and agency need a draft whose step 1–2 the server accepted.
  const ready = Boolean(flow.draft?.applicantVerified);
  if (step >= 3 && !ready && !flow.loading && !flow.loadError) {
    return <Navigate to={stepPath(flow.stored ? 2 : 1)} replace />;
  }
  const props = { flow, errors, setErrors, goTo };
  return (
    <Screen title={t('registration.title')} backTo={step > 1 ? stepPath(step - 1) : PATHS.login}>
      <StepIndicator current={step} />
      <DraftStatus flow={flow} />
      {step === 1 && <DriveLinkNotice state={driveLink} />}
      {step >= 3 && !ready ? null : step === 1 ? (
        <IdentityStep {...props} />
      ) : step === 2 ? (
        <AddressStep {...props} />
      ) : step === 3 ? (
        <PhotosStep {...props} />
      ) : (
        <AgencyStep
          {...props}
          onDone={(s) => {
            flow.finish();
            setSubmitted(s);
          }}
        />
      )}
    </Screen>
  );
}
