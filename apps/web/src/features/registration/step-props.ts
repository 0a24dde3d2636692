import type { FormErrors } from '../../lib/form-errors.ts';
import type { RegistrationFlow } from './hooks/use-registration-flow.ts';

/** What the registration screen hands each step. */
export interface StepProps {
  flow: RegistrationFlow;
  /** Step 1–2 errors, kept by the screen so step 2 can send the person back to step 1. */
  errors: FormErrors | null;
  setErrors: (errors: FormErrors | null) => void;
  goTo: (step: number) => void;
}
