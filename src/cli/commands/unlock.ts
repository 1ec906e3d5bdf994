import { breakDeployLock, prepareLive } from '../../app/live.ts';
import { loadFromDisk, printDiagnostics } from '../context.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import { checkHostRegions, LIVE_HELP, LIVE_OPTIONS, liveSettings } from '../live-options.ts';
import type { Command } from './command.ts';

/**
 * `codeploy unlock --region R`: breaks a deploy lock left by a run that died, on purpose, and says
 * whose it was. The workspace keeps a record of who broke it (`lock-broken.json` beside the state).
 */
export const unlockCommand: Command = {
  name: 'unlock',
  summary: "Break a region's deploy lock left by a run that died (recorded in the workspace).",
  usage: 'codeploy unlock --region R [--config FILE] [--host R=URL]',
  help: ['  --region R         the region whose lock to break', LIVE_HELP].join('\n'),
  options: { ...LIVE_OPTIONS, region: { type: 'string' } },
  async run(values, _positionals, io: CliIO) {
    const region = values.region;
    if (typeof region !== 'string' || region === '') throw new UsageError('unlock needs --region R');
    const { project, diags, folder } = loadFromDisk(String(values.config ?? 'codeploy.yml'), io);
    if (project && !project.config.regions.some((r) => r.name === region))
      throw new UsageError(
        `--region: "${region}" is not a region of ${project.config.file} (${project.config.regions.map((r) => r.name).join(', ')})`,
      );
    checkHostRegions(project, values);
    const settings = liveSettings(values, io, { progress: () => undefined });
    const ctx = project ? prepareLive(project, diags, settings) : undefined;
    if (printDiagnostics(diags, folder, io) > 0 || !ctx) return EXIT.failed;
    const ws = ctx.workspaces.get(region);
    if (!ws) return EXIT.failed;
    const { broken, stillAlive } = await breakDeployLock(ws, settings.holder);
    if (!broken) {
      io.out(`${region}: no deploy lock to break.`);
      return EXIT.ok;
    }
    io.out(
      `${region}: broke the deploy lock of ${broken.holder} (taken ${broken.acquired_at}, lease to ${broken.expires_at}); recorded as broken by ${settings.holder}.`,
    );
    // A run that was alive after all renews its lease from its own copy: say so rather than pretend.
    if (stillAlive) {
      io.err(`${region}: ${broken.holder} is still alive and renewed its lock; let it finish.`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
};
