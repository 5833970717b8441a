import { isObj, own, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { imagePinned, jobLabel } from '../model.js';

export const unpinnedImages = defineRule({
  id: 'workflows/unpinned-images',
  codes: ['workflow_unpinned_image'],
  summary: 'A job container, service container or docker:// action image is not pinned by digest, so the registry tag decides what runs.',
  fix: 'Pin the image by digest (image@sha256:<64 hex>).',
});

export const unpinnedImagesCheck: WorkflowCheck = {
  rule: unpinnedImages,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const where = jobLabel(m, job);
      const j = job.value;
      if (m.kind === 'action') {
        const image = str(own(j, 'image'));
        if (image !== undefined && image.trim().toLowerCase().startsWith('docker://') && !imagePinned(image)) {
          emit(unpinnedImages, 'workflow_unpinned_image', `${where} runs container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`, { job, detail: image.trim() });
        }
        continue;
      }
      if (m.kind !== 'workflow') continue;
      const images: string[] = [];
      const container = own(j, 'container');
      if (typeof container === 'string') images.push(container);
      else if (isObj(container) && typeof container.image === 'string') images.push(container.image);
      const services = own(j, 'services');
      if (isObj(services))
        for (const k of Object.keys(services)) {
          const s = services[k];
          if (isObj(s) && typeof s.image === 'string') images.push(s.image);
        }
      for (const image of images) {
        if (!imagePinned(image)) emit(unpinnedImages, 'workflow_unpinned_image', `${where} uses container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`, { job, detail: image.trim() });
      }
    }
  },
};
