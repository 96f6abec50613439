// x:Application: a web application bundle the server downloads, unpacks and serves under its
// URL prefixes (the official WebUI is one). Field texts follow the server's schema.
import { z } from 'zod';
import { field } from './field-builders';

const application = 'Application';
const updates = 'Updates';

export const applicationSchema = z.object({
  resourceUrl: field.string({
    label: 'Resource URL',
    section: application,
    placeholder: 'https://example.org/app.zip',
    description: 'Override the URL to download application updates from.',
  }),
  enabled: field.boolean({
    label: 'Enabled',
    section: application,
    default: true,
    description: 'Whether the application is enabled and should be served by the server',
  }),
  description: field.string({ label: 'Description', section: application, description: 'A short description of the web application' }),
  urlPrefix: field.stringSet(
    {
      label: 'URL Prefix',
      section: application,
      placeholder: '/admin',
      description: 'The URL prefixes to serve the application on. For example, if set to "/admin", the application will be accessible at http://server/admin.',
    },
    'string',
    1,
  ),
  autoUpdateFrequency: field.duration({
    label: 'Update Frequency',
    section: updates,
    default: 7776000000,
    description: 'Frequency to check for application updates',
  }),
  unpackDirectory: field.string(
    {
      label: 'Unpack Directory',
      section: updates,
      description: 'The local path to unpack the application bundle to. If left empty, the application will be unpacked to /tmp.',
    },
    { nullable: true },
  ),
});
