import type { viRegistration } from './vi-registration.ts';

/** Account registration, English (same keys as vi-registration.ts). */
export const enRegistration: typeof viRegistration = {
  registration: {
    title: 'Register an account',
    heading: 'Fill in all details accurately',
    savedNote:
      'You can stop at any time: what you enter, photos included, is saved automatically on the social insurance system for 7 days, even if you reload the page, go back a step or lose your connection.',
    save: {
      saving: 'Saving…',
      saved: 'Saved automatically',
      failed:
        'Not saved to the system yet (weak connection?). Your answers stay on this phone and will be saved when you are back online.',
    },
    loadFailed: 'Your unfinished registration could not be loaded.',
    steps: {
      label: 'Registration steps',
      progress: 'Step {{n}} of {{total}}',
      done: '(done)',
      names: {
        identity: 'Details',
        address: 'Address',
        photos: 'Photos',
        agency: 'Agency',
      },
    },
    fields: {
      bhxhCode: 'Social insurance number',
      bhxhCodeHint: '10 digits, printed on your health insurance card.',
      fullName: 'Full name',
      idNumber: 'Citizen ID / passport / ID card number',
      idNumberHint: 'Citizen ID: 12 digits; old ID card: 9 digits; or a passport number.',
      birthDate: 'Date of birth',
      birthDateHint: 'Day/month/year, e.g. 05/09/2005.',
      address: 'Contact address',
      province: 'Province or city',
      commune: 'Ward or commune',
      communeHint: 'As in force since 1 July 2025.',
      street: 'House number, street, hamlet or neighbourhood',
      phone: 'Phone number',
    },
    picker: {
      open: 'Open the list',
      noResults: 'Nothing found. Try another name (accents are optional).',
      count: '{{count}} results',
      provincePlaceholder: 'Type to search, e.g. hai phong',
      communePlaceholder: 'Type to search for a ward or commune',
      provinceFirst: 'Choose the province first',
      loadFailed: 'The list could not be loaded. Check your connection and try again.',
    },
    continue: 'Continue',
    back: 'Back',
    checking: 'Checking…',
    nameSuggestion: {
      question: 'Did you mean {{name}}?',
      hint: 'Your name will be written as in the social insurance records, with its accents.',
      accept: 'Yes, I am {{name}}',
    },
    driveLink: {
      filled:
        'Your social insurance code and name were filled in from your school’s reminder. Check them and correct them if needed.',
      filledNameOnly:
        'Your name was filled in from your school’s reminder. Enter your social insurance code and check it.',
      checking: 'Opening the registration link…',
      drive: 'You are registering in “{{name}}”.',
    },
    qr: {
      title: 'Scan a QR code',
      lead: 'Fill in faster from the QR code on your health insurance card or chip-based citizen ID.',
      camera: 'Scan with the camera',
      gallery: 'Choose a picture with a QR code',
      reading: 'Reading the QR code…',
      filled: 'Filled in from the QR code',
      changed: '{{field}}: replaced “{{from}}” with “{{to}}”',
      added: '{{field}}: {{to}}',
      nothing: 'The QR code holds the same details you already entered.',
      undo: 'Keep my previous answers',
      unknown:
        'This QR code is not from a health insurance card or a citizen ID. Please scan the QR code on your health insurance card or on the front of your chip-based citizen ID.',
      notFound:
        'No QR code was found in the picture. Choose a sharp, well-lit picture taken straight on, with the whole QR code visible.',
      notImage: 'This file cannot be opened. Please choose a picture.',
      addressChoose:
        'Address on the citizen ID: “{{address}}”. Choose the ward or commune it belongs to today:',
      addressNone:
        'The ward or commune could not be found from the address on the citizen ID “{{address}}”. Please choose it in the contact address step.',
      dialog: {
        title: 'Scan a QR code',
        hint: 'Hold the QR code on the card in the middle of the frame and keep the phone still.',
        close: 'Close',
        starting: 'Opening the camera…',
        denied:
          'The app may not use the camera. Allow it in your browser settings, or close this window and choose a picture with the QR code.',
        unavailable:
          'The camera could not be opened on this device. Close this window and choose a picture with the QR code.',
      },
    },
    photos: {
      heading: 'Portrait and ID photos',
      verified: 'Your details have been verified by the National Population Database.',
      verifiedNote: 'You only need to upload your portrait.',
      unverified:
        'Your details could not be checked against the National Population Database right now, so please upload both sides of your ID. Registration continues as normal.',
      allRequired: 'Please upload your portrait and both sides of your ID.',
      consentTitle: 'Consent to processing personal data',
      consentText:
        'Your portrait and ID photos are sensitive personal data under the Personal Data Protection Law (No. 91/2025/QH15). They are used only by the agency you choose to approve your account; they are encrypted when stored, only you and that agency’s officers can see them, and they are deleted 30 days after a refusal.',
      consentLabel:
        'I agree that the social insurance agency may process my photos for this registration.',
      consentGiven: 'You agreed on {{date}}.',
      consentFirst: 'Tick the consent box above before taking or choosing photos.',
      take: 'Take a photo',
      choose: 'Choose from gallery',
      uploading: 'Uploading the photo… {{percent}}%',
      saved: 'Photo saved.',
      thumbAlt: 'Saved photo: {{label}}',
      thumbLoading: 'Loading the preview…',
      empty: 'No photo yet',
      optional: '(optional)',
      hints: {
        portrait: 'Face the camera, face clearly visible, light background, no sunglasses.',
        id_front: 'The side with your photo, all four corners visible.',
        id_back: 'The back of the same document, all four corners visible.',
      },
    },
    agency: {
      label: 'Receiving social insurance agency',
      search: 'Search for an agency',
      searchHint: 'Type a province, city or agency name.',
      phone: 'Phone: {{phone}}',
      address: 'Address: {{address}}',
      suggested: 'For the province you chose',
      none: 'No agency matches your search.',
      more: 'There are other agencies: type a province, city or agency name in the search box.',
      moreFound: 'Only the {{shown}} best matches are shown. Type more to narrow it down.',
    },
    email: {
      title: 'Receive the declaration form by email',
      label: 'Email',
      note: 'Note: each email can be registered for one social insurance number only',
      send: 'Send',
    },
    otp: {
      sent: 'A code was sent to {{email}}. Check your inbox (and the spam folder).',
      label: 'One-time code',
      hint: 'The 6-digit code in the email.',
      expiresIn: 'The code is valid for {{time}}',
      expired: 'The code has expired. Please tap “Resend code”.',
      resend: 'Resend code',
      resendIn: 'Resend code in {{seconds}} s',
      confirm: 'Confirm',
    },
    done: {
      title: 'Registration sent',
      number: 'Application number: <ref>{{number}}</ref>',
      mail: 'The declaration form for electronic transactions was sent to {{email}} as a PDF. Print it, sign it and hand it to your university.',
      next: 'The social insurance agency will review your application. Once approved, you receive an email with your username and password; change the password at your first sign-in.',
      statusHint: 'The email also has a link to check the status of your application.',
      status: 'Check registration status',
      home: 'Back to home',
    },
    status: {
      title: 'Check registration status',
      forNumber: 'Application {{number}}',
      lead: 'Enter the social insurance number you registered with to see where your application stands.',
      noToken:
        'To check, open the “Check registration status” link in your registration email (the one with the PDF form). For your safety, this page opens only from that link.',
      submit: 'Check',
      number: 'Application number',
      submittedAt: 'Sent on',
      decidedAt: 'Decided on',
      agency: 'Receiving agency',
      reason: 'Reason for refusal',
      next: {
        pending:
          'The agency is reviewing your application. If you have not yet, print the form from the email, sign it and hand it to your university.',
        approved:
          'Your account has been created. Your username and password were emailed to you; change the password at your first sign-in.',
        rejected: 'You can correct what the reason says and register again.',
      },
      again: 'Register again',
      signIn: 'Sign in',
    },
  },
};
