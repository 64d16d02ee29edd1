/**
 * A council's meetings as an iCalendar feed (RFC 5545) made with ical-generator. Times are
 * written in UTC ("Z"): an instant is unambiguous whatever the reader's zone, and calendar
 * programs show it in local time (10:00 in Astana is 05:00Z). X-WR-TIMEZONE names Asia/Almaty
 * for programs that group by the calendar's zone.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { MeetingRow } from './repository/index.ts';

export interface CalendarCouncil {
  id: string;
  name: string;
}

export function meetingsCalendar(
  council: CalendarCouncil,
  meetings: Pick<
    MeetingRow,
    'id' | 'title' | 'starts_at' | 'ends_at' | 'location' | 'agenda' | 'status' | 'updated_at'
  >[],
  baseUrl: string,
  lang: 'kk' | 'ru' | 'en' = 'kk',
): string {
  const cal = ical({
    name: council.name,
    prodId: { company: 'Qogam', product: 'councils', language: lang.toUpperCase() },
    url: `${baseUrl}/${lang}/councils/${council.id}`,
  });
  cal.x('X-WR-TIMEZONE', 'Asia/Almaty');
  for (const m of meetings) {
    cal.createEvent({
      id: `council-meeting-${m.id}@qogam`,
      start: new Date(m.starts_at),
      end: new Date(m.ends_at),
      stamp: new Date(m.updated_at),
      summary: m.title,
      location: m.location || undefined,
      description: (m.agenda as string[]).map((a, i) => `${i + 1}. ${a}`).join('\n'),
      url: `${baseUrl}/${lang}/councils/meetings/${m.id}`,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

/** The DTSTART/SUMMARY/STATUS of each VEVENT of a feed: enough to check one (used by tests). */
export function parseIcsEvents(
  ics: string,
): { uid: string; start: Date; end: Date; summary: string; status: string }[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const events: { uid: string; start: Date; end: Date; summary: string; status: string }[] = [];
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    const body = block.split('END:VEVENT')[0];
    const prop = (name: string) => new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'm').exec(body)?.[1]?.trim() ?? '';
    const when = (v: string) => {
      const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
      return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : new Date(NaN);
    };
    events.push({
      uid: prop('UID'),
      start: when(prop('DTSTART')),
      end: when(prop('DTEND')),
      summary: prop('SUMMARY')
        .replace(/\\([,;\\])/g, '$1')
        .replace(/\\n/g, '\n'),
      status: prop('STATUS'),
    });
  }
  return events;
}
