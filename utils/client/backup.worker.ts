import { serveWorkerTask } from './worker-task';
import { backupTask } from './backup-task';

serveWorkerTask(backupTask);
