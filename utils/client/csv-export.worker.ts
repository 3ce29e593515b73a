import { serveWorkerTask } from './worker-task';
import { exportCsvTask } from './csv-export-task';

serveWorkerTask(exportCsvTask);
