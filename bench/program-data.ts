/**
 * One program of `count` phases (titles, summaries, villages, years), as a JSON Feed for
 * `<infest-program-timeline>` and as TimelineJS3 data with the same text, for the timeline
 * benchmark. Deterministic.
 */
import { sentence } from './generate-feed.js';

const villageNames = 'Pondok Bringinan Gelanglor Pager Karangpatihan Sidoharjo Kemiri Sumberejo Tegalrejo Wonorejo Banjarsari Kalisari Mlilir Ngrayun Slahung'.split(' ');

export interface PhaseSeed {
  readonly id: string;
  readonly title: string;
  /** A year, e.g. "2009". */
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly villages: readonly string[];
}

export function programPhases(count = 20): PhaseSeed[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `fase-${String(i + 1)}`,
    title: `Fase ${String(i + 1)}: ${sentence(i + 11, 4)}`,
    start: String(2005 + i),
    end: String(2006 + i),
    summary: `${sentence(i + 3, 28)}.`,
    villages: Array.from({ length: 2 + (i % 5) }, (_, v) => villageNames[(i * 3 + v) % villageNames.length] ?? 'Desa'),
  }));
}

export function programFeed(phases: readonly PhaseSeed[]): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Program contoh, 20 fase',
    home_page_url: 'https://example.org/',
    language: 'id',
    items: [],
    _infest: {
      programs: [
        {
          id: 'program-contoh',
          title: 'Pelindungan Pekerja Migran Indonesia dari Hulu (contoh 20 fase)',
          region: 'Kabupaten Ponorogo',
          summary: sentence(1, 30),
          phases: phases.map((phase) => ({ ...phase, villages: [...phase.villages] })),
        },
      ],
    },
  };
}

/** The Indonesian "5 desa: A, B dan C" line, as the widget writes it for `id`. */
function villageLine(villages: readonly string[]): string {
  const list = new Intl.ListFormat('id', { type: 'conjunction' }).format(villages);
  return `${String(villages.length)} desa: ${list}`;
}

/** TimelineJS3's JSON format: `events[]` with `start_date`, `end_date` and `text.headline` / `text.text` (HTML). */
export function timelineJsData(phases: readonly PhaseSeed[]): object {
  return {
    events: phases.map((phase) => ({
      unique_id: phase.id,
      start_date: { year: phase.start },
      end_date: { year: phase.end },
      text: { headline: phase.title, text: `<p>${phase.summary}</p><p>${villageLine(phase.villages)}</p>` },
    })),
  };
}
