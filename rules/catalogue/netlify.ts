import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in netlify/cli src/ at 88ece29: sites:delete, blobs:delete, env:unset (no env:delete; removed).
export default (): CatalogueTool => ({
  tool: 'netlify',
  commands: ['netlify', 'ntl'],
  docs: 'https://cli.netlify.com/commands/',
  valueFlags: ['--auth', '--filter', '--context'],
  environment: {
    flag: ['--site'],
    envVar: 'NETLIFY_SITE_ID',
    kind: 'other',
  },
  operations: [
    {
      id: 'netlify/sites-delete',
      summary: 'netlify sites:delete / blobs:delete / env:unset: delete a site, a blob or a variable',
      message: 'Deletes the Netlify {{resource}} ({{environment}}).',
      rationale: 'A deleted site takes its deploys, forms and domains; --force skips the prompt.',
      safer: 'Unlink or disable the site instead; download the deploy first.',
      undo: 'no undo',
      when: {
        args: [['sites:delete', 'blobs:delete', 'env:unset']],
      },
      resource: {
        positional: 1,
        default: 'the linked site',
      },
      examples: {
        destructive: [
          {
            argv: ['netlify', 'sites:delete', '1234-abcd', '--force'],
            resource: '1234-abcd',
            environment: 'unknown',
          },
          {
            argv: ['netlify', 'env:unset', 'DATABASE_URL', '--context', 'production'],
            resource: 'DATABASE_URL',
            environment: 'unknown',
          },
          {
            argv: ['netlify', 'blobs:delete', 'uploads', 'avatar.png', '--site', 'acme'],
            resource: 'uploads',
            environment: 'acme',
          },
        ],
        benign: [
          {
            argv: ['netlify', 'deploy', '--prod'],
          },
          {
            argv: ['netlify', 'sites:list'],
          },
          {
            argv: ['netlify', 'env:list'],
          },
        ],
      },
    },
  ],
});
