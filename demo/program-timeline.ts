// The <infest-program-timeline> demo: the element from source, and the form that configures the first one.
import '../src/components/program-timeline/program-timeline.js';
import type { InfestProgramTimeline } from '../src/components/program-timeline/program-timeline.js';
import { bindAttributeForm } from './attribute-form.js';

bindAttributeForm(document.querySelector<HTMLFormElement>('#controls'), document.querySelector<InfestProgramTimeline>('#configurable'));
