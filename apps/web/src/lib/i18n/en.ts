import type { MessageKey } from './id';

/** English. Keys are those of id.ts; the compiler rejects a missing or an unknown key. */
export const en: Record<MessageKey, string> = {
  'meta.description': 'Sebaya is a moderated peer-support forum for support groups in Indonesia.',

  'layout.skipLink': 'Skip to main content',
  'layout.home': 'Sebaya, home',
  'layout.tagline': 'Peer support',
  'layout.nav': 'Main navigation',
  'layout.help': 'Need help now?',
  'layout.login': 'Log in',
  'layout.register': 'Sign up',
  'layout.account': 'Account',
  'layout.logout': 'Log out',
  'layout.signedInAs': 'Signed in as {name}',
  'layout.language.switch': 'Switch language to',
  'layout.footer.emergency': 'In danger right now? Call 112 (free, 24 hours).',
  'layout.footer.privacy':
    'Sebaya uses no trackers and shares nothing about you with anyone else. You do not need to use your real name.',

  'home.title': 'A safe place to support each other',
  'home.heading': 'You do not have to go through it alone.',
  'home.welcome': 'Welcome, {name}.',
  'home.lead':
    'Sebaya is a moderated peer-support forum. Here you can share what you are going through and support each other in topic groups, with trained peer facilitators, and with professional counsellors ready to help when it is needed.',
  'home.cta.register': 'Create an account',
  'home.cta.login': 'Already have an account? Log in',
  'home.cta.account': 'Manage your account',
  'home.safety.heading': 'Need help right now?',
  'home.safety.intro':
    'If you are in crisis or thinking about hurting yourself, contact one of the services below. You do not need an account to see this list.',
  'home.safety.notEmergency':
    'Sebaya is not an emergency service. If your life or someone else’s is in danger, call 112 now.',
  'home.safety.unavailable': 'The full list cannot be loaded right now. In an emergency, call 112.',
  'home.safety.contact': 'Contact',
  'home.who.heading': 'Who is Sebaya for?',
  'home.who.body':
    'For anyone who feels anxious, stressed, grieving, overwhelmed by school or university, or is struggling in a relationship, and wants to be heard by people who have been through something similar.',
  'home.how.heading': 'How Sebaya looks after you',
  'home.how.groups':
    'Topic groups (anxiety, stress, trauma, studies, grief and relationships) are led by trained, certified peer facilitators.',
  'home.how.screening':
    'Every post is checked. When there are signs of danger, a professional counsellor is told straight away.',
  'home.how.privacy': 'No real names needed, and you can post anonymously. No advertising and no trackers.',

  'form.errorTitle': 'Error',
  'form.errorSummary': 'Please fix the following',

  'field.email': 'Email',
  'field.email.hint': 'Only used to log in. Never shown to anyone.',
  'field.password': 'Password',
  'field.password.hint': 'At least 10 characters. A short sentence you can remember works well.',
  'field.displayName': 'Display name',
  'field.displayName.hint':
    '2 to 40 characters. This is the name other members see; it does not need to be your real name.',
  'field.locale': 'Language',

  'register.title': 'Sign up',
  'register.heading': 'Create an account',
  'register.intro':
    'You do not need your real name. Choose a display name you are comfortable with; you can change it later.',
  'register.submit': 'Create account',
  'register.haveAccount': 'Already have an account?',

  'login.title': 'Log in',
  'login.heading': 'Log in to Sebaya',
  'login.needed': 'Please log in to continue.',
  'login.submit': 'Log in',
  'login.noAccount': 'No account yet?',

  'account.title': 'Account',
  'account.heading': 'Your account',
  'account.intro': 'Change your display name and the language Sebaya uses for you.',
  'account.submit': 'Save changes',
  'account.saved': 'Your changes are saved.',

  'locale.id': 'Bahasa Indonesia',
  'locale.en': 'English',

  'error.email.invalid': 'Enter a valid email address, like name@example.com.',
  'error.email.taken': 'There is already an account with this email. Try logging in.',
  'error.password.invalid': 'The password needs at least 10 characters.',
  'error.displayName.invalid': 'The display name needs 2 to 40 characters.',
  'error.displayName.taken': 'This display name is taken. Choose another one.',
  'error.locale.invalid': 'Choose one of the available languages.',
  'error.field.invalid': 'Check this field.',
  'error.credentials': 'The email or password is not correct.',
  'error.rateLimited.seconds': 'Too many attempts. Try again in {seconds} seconds.',
  'error.rateLimited.minutes': 'Too many attempts. Try again in {minutes} minutes.',
  'error.unavailable': 'Sebaya cannot be reached right now. Please try again in a moment.',
  'error.generic': 'Something went wrong. Please try again.',

  'errorPage.title': 'Something went wrong',
  'errorPage.notFound': 'This page does not exist.',
  'errorPage.server': 'Sorry, something went wrong on our side. Please try again in a moment.',
  'errorPage.reference': 'Reference: {id}',
  'errorPage.home': 'Back to the home page',
  'errorPage.emergency': 'If you need help right away, call 112 (free, 24 hours).',
};
