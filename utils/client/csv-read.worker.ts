import { serveWorkerTask } from './worker-task';
import { csvTask } from './csv-task';

// The CSV worker: decodes scorecard CSV files and reads them for the debrief off the page's thread.
serveWorkerTask(csvTask);
