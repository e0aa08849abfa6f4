import type { Template } from '@/lib/api/types';

// A greeting right before the placeholder: "Halo {{1}}", "Hai Kak {{1}}", "Hi {{1}}", "Dear {{1}}", "Yth. Bapak {{1}}".
const GREETING = /(?:^|[\s,.;:!?(])(?:halo|hallo|hai|hi|hello|hey|dear|yth\.?|kak|bapak|ibu|pak|bu)[\s,]*$/i;
// An example that names the value instead of giving one: "Nama", "Nama pelanggan", "Customer name", …
const NAME_EXAMPLE = /^(?:nama(?: (?:pelanggan|kontak|lengkap|customer))?|(?:customer |contact |first |full )?name)$/i;

/**
 * Whether {{n}} stands for the contact's name: its example is the word for a name ("Nama pelanggan", "Customer
 * name"), or the body greets it ("Halo {{1}}", "Hi {{1}}"). Such a field starts with the contact's name.
 */
export function isNameField(body: string, n: number, example: string | undefined): boolean {
  if (example !== undefined && NAME_EXAMPLE.test(example.trim())) return true;
  const at = body.indexOf(`{{${n}}}`);
  return at >= 0 && GREETING.test(body.slice(0, at));
}

/** The values a template's fields start with: the contact's name where the field is a name, else empty. */
export function initialValues(template: Template, contactName: string): string[] {
  return Array.from({ length: template.placeholderCount }, (_, index) =>
    isNameField(template.body, index + 1, template.examples[index]) ? contactName : '',
  );
}
