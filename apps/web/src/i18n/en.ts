import { enAuth } from './en-auth.ts';
import { enFormat } from './en-format.ts';
import { enLookups } from './en-lookups.ts';
import { enNoRecords } from './en-no-records.ts';
import { enRecords } from './en-records.ts';
import { enRegistration } from './en-registration.ts';
import type { Catalog } from './vi.ts';

/** English catalogue: typed as the Vietnamese one, so a missing key fails the type check. */
export const en: Catalog = {
  app: {
    name: 'VssID – Digital social insurance',
    logo: 'VssID logo',
  },
  common: {
    back: 'Back',
    required: '(required)',
    errorPrefix: 'Error:',
    loading: 'Loading…',
    sending: 'Sending…',
    close: 'Close',
    retry: 'Try again',
  },
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    label: 'Main navigation',
    personal: 'Personal',
    publicServices: 'Public services',
    lookup: 'Lookup',
    help: 'Help',
  },
  tiles: {
    personal: 'Personal features',
    publicServices: 'Public services',
    lookup: 'Lookups',
    help: 'Ways to get help',
  },
  offline: 'You are offline. Saved content is still available.',
  pwaReady: 'The app is ready to use even without a connection.',
  errorSummary: { title: 'There is a problem', generalTitle: 'That did not go through' },
  signInBanner: {
    text: 'Sign in to see your personal information',
    hint: 'Your health insurance card, contribution history and benefits.',
  },
  help: {
    hotline: 'Hotline 1900 9068',
    email: 'Support email',
  },
  ...enAuth,
  ...enRegistration,
  ...enRecords,
  ...enNoRecords,
  ...enLookups,
  ...enFormat,
  feedback: {
    intro: 'Your feedback makes VssID better. We read every message.',
    category: 'Feedback type',
    categories: { question: 'Question', suggestion: 'Suggestion', error: 'Report a problem' },
    content: 'Message',
    contentHint: 'At least 10 characters. Never include a password or OTP code.',
    counter: '{{n}}/{{max}} characters',
    email: 'Email for a reply (optional)',
    emailHint: 'Leave empty if you do not need an answer.',
    submit: 'Send feedback',
    successTitle: 'Feedback sent',
    success: 'Thank you for your feedback. Reference: <ref>{{id}}</ref>',
    sendAnother: 'Send more feedback',
    backToHelp: 'Back to Help',
  },
  comingSoon: {
    heading: 'This feature is being completed',
    lead: 'It will arrive in a coming update.',
  },
  screens: {
    register: {
      title: 'Register an account',
      description:
        'Here you will create a VssID account with your social insurance number and phone.',
    },
    forgotPassword: {
      title: 'Forgot password',
      description: 'Here you will reset your password with an OTP sent to your registered phone.',
    },
    bhytCard: {
      title: 'Health insurance card',
      description:
        'Here you will see your digital health insurance card with a QR code for visits.',
    },
    participation: {
      title: 'Contribution history',
      description:
        'Here you will see your social, health and unemployment insurance, month by month.',
    },
    benefits: {
      title: 'Benefits received',
      description: 'Here you will see benefits paid: sickness, maternity, unemployment, pension.',
    },
    medicalBook: {
      title: 'Medical record book',
      description: 'Here you will see your history of visits covered by health insurance.',
    },
    changePassword: {
      title: 'Change password',
      description: 'Here you will change the password you sign in to VssID with.',
    },
    onlineServices: {
      title: 'Online public services',
      description: 'Here you will file social and health insurance applications online.',
    },
    trackApplications: {
      title: 'Track applications',
      description: 'Here you will follow the progress of the applications you filed.',
    },
    lookupBhxhCode: {
      title: 'Look up a social insurance number',
      description: 'Here you will find a social insurance number by name, birth date and address.',
    },
    lookupAgency: {
      title: 'Look up insurance offices',
      description: 'Here you will find the address and phone of social insurance offices.',
    },
    lookupSickLeaveFacility: {
      title: 'Facilities issuing sick-leave certificates',
      description: 'Here you will find facilities allowed to certify sick leave for benefits.',
    },
    lookupBhytFacility: {
      title: 'Facilities contracted for health insurance',
      description: 'Here you will find medical facilities with a health insurance contract.',
    },
    lookupEmployer: {
      title: 'Look up participating employers',
      description: 'Here you will look up employers enrolled in social insurance.',
    },
    lookupCollectionPoint: {
      title: 'Collection points and agents',
      description: 'Here you will find places that collect social and health insurance payments.',
    },
    userGuide: {
      title: 'User guide',
      description: 'Here you will find step-by-step guides for every VssID feature.',
    },
    faq: {
      title: 'Questions & answers (FAQ)',
      description: 'Here you will read common questions about social and health insurance.',
    },
    chatbot: {
      title: 'Chatbot',
      description: 'Here an automatic assistant will answer insurance questions at any time.',
    },
    feedback: {
      title: 'Feedback',
      description: 'Send a question, a suggestion or a problem report to Vietnam Social Security.',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you opened does not exist or has moved.',
    home: 'Go to the home screen',
  },
  routeError: {
    title: 'Something went wrong',
    text: 'This screen could not open. Please reload; if it persists, call 1900 9068.',
    reload: 'Reload the page',
  },
  // issue 11 (offline): a screen that needs a connection, opened without one.
  offlineScreen: {
    title: 'No connection',
    heading: 'This screen is not available offline yet',
    text: 'What this screen shows comes straight from the social insurance system, so it needs a connection. Once you are back online, press “Try again”.',
    cardKept: 'Your health insurance card is saved on this device and opens without a connection.',
    cardNotKept:
      'Your health insurance card opens without a connection once you have opened it online (Personal › Health insurance card).',
    openCard: 'Open the health insurance card',
    serverError:
      'The service is temporarily unavailable, so this screen cannot open. Please try again in a few minutes; if it persists, call 1900 9068.',
  },
};
