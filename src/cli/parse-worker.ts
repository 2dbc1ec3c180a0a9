/** Worker thread for folder mode: receives FileJobs, answers FileResults, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runFileJob, type FileJob } from './file-result';

const port = parentPort;
if (port) {
  port.on('message', (job: FileJob) => {
    void runFileJob(job).then((result) => port.postMessage(result));
  });
}
