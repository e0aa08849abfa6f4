import 'i18next';
import type { resources } from './index';

// Typed keys: t('auth:errors.invalidCredentials') is checked against the Indonesian files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['id'];
  }
}
