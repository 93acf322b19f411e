// Data only, with type-only imports, so Node-side tests (Playwright) can read the story too.
import type { Camera } from './camera';
import type { LayerId } from './vocab';

/**
 * A quote taken from the fact base at runtime (quotes.ts), never copied: the item that carries it
 * and a fragment of the sentence that picks out one of its citations. Editing the fact base changes
 * what the story shows; scenes.test.ts fails if a fragment stops matching exactly one citation.
 */
export interface QuoteRef {
  from: string;
  says: string;
}

/**
 * A figure the scene draws large: the number comes from the fact base by id (never retyped); the
 * label is short, in the words of the sentence the figure is cited from (scenes.test.ts checks).
 */
export interface SceneFigure {
  id: string;
  label: string;
}

/**
 * One step of the presentation. Captions and notes are ours, and claim nothing the scene's quotes
 * do not (scenes.test.ts checks every number and year in them against the quotes).
 */
export interface Scene {
  id: string;
  title: string;
  /** What the audience reads: one to three sentences, at most about 35 words. */
  caption: string;
  /** What the presenter says beyond the caption, one paragraph per entry (the presenter view, the handout). */
  notes: string[];
  /** Figures drawn large beside the map, each with its source line. */
  figures?: SceneFigure[];
  /** The subject, framed for SCENE_AREA (frame.ts), which adjusts it to the viewport and the caption card. */
  camera: Camera;
  /** Map layers switched on; the others are off. */
  layers: LayerId[];
  /** Fact-base ids the map emphasises. */
  highlight: string[];
  /** Fact-base id selected (without refitting the camera). */
  select?: string;
  /** End of the time window; LAST_YEAR when absent. */
  year?: number;
  quotes: QuoteRef[];
}

export const scenes: Scene[] = [
  {
    id: 'routes-into-kosovo',
    title: 'The routes into Kosovo',
    caption:
      'The FCO’s evidence, from the UNMIK report of May 2004: Kosovo had become a major destination and transit country for trafficked women and girls, most from South East Europe, particularly Moldova and Romania.',
    notes: [
      'The assessment is UNMIK’s, not the FCO’s own: the paragraph ends by citing the UNMIK report “Combating Human Trafficking in Kosovo—Strategy and Commitment” of May 2004.',
      'The women and girls were forced into prostitution. Passage into Kosovo is achieved primarily from Serbia as well as from Macedonia.',
      'The arrows join the source countries to the countries of entry the paragraph names; it does not say which victims took which way.',
    ],
    camera: { center: [24.5, 44.6], zoom: 5.6 },
    layers: ['countries', 'routes', 'borders'],
    highlight: ['XK', 'MD', 'RO', 'RS', 'MK', 'origin-moldova-kosovo', 'origin-romania-kosovo', 'entry-serbia-kosovo', 'entry-macedonia-kosovo'],
    select: 'XK',
    quotes: [
      { from: 'XK', says: 'Kosovo has become a major destination' },
      { from: 'MD', says: 'The majority of these victims' },
      { from: 'RS', says: 'Passage into Kosovo' },
      { from: 'unmik-strategy', says: 'from the UNMIK report' },
    ],
  },
  {
    id: 'uk-response',
    title: 'The UK’s response: Reflex, liaison officers, airport units',
    caption:
      'In 2000 the UK set up Reflex, a multi-agency task force on organised immigration crime. The UK posted nine Immigration Liaison Officers in and around the Balkans region.',
    notes: [
      'Reflex co-operates with overseas law enforcement partners on the disruption of organised criminal groups intent on trafficking. It is led by the National Crime Squad and brings together the Immigration Service, NCIS, the security and intelligence agencies and key police forces.',
      'The liaison officers were posted to disrupt trafficking and organised immigration crime. The FCO’s evidence says Reflex quickly set up a network of over twenty, mainly in Europe, but does not date it: nine and over twenty are not a series.',
      'At Heathrow and Gatwick, joint operational units have Immigration Service officers working alongside police officers.',
    ],
    figures: [
      { id: 'uk-ilo-balkans-2002', label: 'Immigration Liaison Officers in and around the Balkans' },
      { id: 'reflex-ilo-network-2004', label: 'Immigration Liaison Officers, mainly in Europe' },
    ],
    camera: { center: [9, 48], zoom: 4.4 },
    layers: ['countries', 'borders', 'sites', 'postings'],
    highlight: ['GB', 'heathrow', 'gatwick', 'ilo-balkans', 'ilo-europe', 'reflex', 'uk-liaison-officers', 'joint-airport-units'],
    select: 'reflex',
    quotes: [
      { from: 'reflex', says: 'In 2000 we set up Reflex' },
      { from: 'reflex', says: 'Led by the National Crime Squad' },
      { from: 'uk-ilo-balkans-2002', says: 'nine Immigration Liaison Officers' },
      { from: 'reflex-ilo-network-2004', says: 'over twenty Immigration Liaison Officers' },
      { from: 'joint-airport-units', says: 'Heathrow and Gatwick' },
    ],
  },
  {
    id: 'sarajevo-immpact',
    title: 'Sarajevo airport and Project Immpact',
    caption:
      'Project Immpact, a UK-led EU immigration initiative assisting the Bosnia State Border Service, reduced the flow of illegal migrants through Sarajevo airport by 90 per cent.',
    notes: [
      'The 90 per cent is about illegal migrants passing through the airport, a different subject from the victims below; the answer does not connect them.',
      'The same answer says EU STOP teams in Bosnia identified 185 victims of trafficking involved in prostitution over the past year.',
      'The source spells the airport “Sarejevo”. In the transcript another written answer, on Prison Service staff, interrupts this passage; the source reader marks it.',
    ],
    figures: [
      { id: 'immpact-flow-reduction-2002', label: 'reduced flow of illegal migrants through the airport' },
      { id: 'stop-teams-victims-2002', label: 'victims of trafficking identified, EU STOP teams in Bosnia' },
    ],
    camera: { center: [17.8, 43.9], zoom: 6.6 },
    layers: ['countries', 'borders', 'sites'],
    highlight: ['sarajevo-airport', 'BA', 'immpact', 'eu-stop-teams'],
    select: 'sarajevo-airport',
    year: 2002,
    quotes: [
      { from: 'immpact', says: 'Project Immpact' },
      { from: 'stop-teams-victims-2002', says: 'EU STOP teams in Bosnia' },
    ],
  },
  {
    id: 'seci-bucharest',
    title: 'The SECI centre in Bucharest',
    caption:
      'The UK assisted the recently established anti-trafficking task force at the SECI centre in Bucharest. The centre aims to be a hub for information on crimes and criminals between signatory states.',
    notes: [
      'The Commons answer: the task force is focused on cross border co-operation and intelligence sharing between its 11 member states in the Balkan region. The sentence leaves open whether “its” is the task force or the centre.',
      'The FCO’s evidence: UNMIK have also established contact with the SECI Crime Centre, and the TPIU has initiated direct contact with police from the participating SECI states to share intelligence.',
    ],
    figures: [{ id: 'seci-member-states-2002', label: 'member states' }],
    camera: { center: [23.6, 43.6], zoom: 5.9 },
    layers: ['countries', 'borders', 'institutions'],
    highlight: ['seci-centre', 'RO', 'XK', 'seci-task-force', 'seci-crime-centre'],
    select: 'seci-centre',
    quotes: [
      { from: 'seci-task-force', says: 'anti-trafficking task force at the South East' },
      { from: 'seci-crime-centre', says: 'UNMIK have also established contact' },
      { from: 'seci-crime-centre', says: 'co-ordinating hub' },
      { from: 'seci-crime-centre', says: 'The TPIU has initiated direct contact' },
    ],
  },
  {
    id: 'tpiu-2003',
    title: 'The TPIU’s results in 2003',
    caption:
      'UNMIK set up the TPIU in October 2000. According to UNMIK figures, in 2003 it carried out 2,047 raids, operations and bar checks; 57 establishments were closed and 60 people charged.',
    notes: [
      'TPIU is the Trafficking and Prostitution Investigation Unit. The raids were directed at premises where trafficking in persons and/or prostitution activities were suspected.',
      'As of “May 04”, in the source’s words, of those charged 16 had been convicted, 18 released and 26 were awaiting trial.',
      'The figures follow, in the same paragraph, UNMIK and KFOR’s point that the Amnesty International report of 6 May 2004 is based heavily on evidence from 1999-2001.',
    ],
    figures: [
      { id: 'tpiu-raids-2003', label: 'raids, operations and bar checks' },
      { id: 'tpiu-closures-2003', label: 'establishments closed down' },
      { id: 'tpiu-charged-2003', label: 'people charged for trafficking' },
    ],
    camera: { center: [20.9, 42.6], zoom: 7.6 },
    layers: ['countries', 'borders', 'institutions'],
    highlight: ['XK', 'tpiu', 'unmik-police-hq', 'xk-rs-abl', 'xk-mk-border'],
    select: 'tpiu',
    // The notes give the outcomes as of May 2004, so the window runs to 2004.
    year: 2004,
    quotes: [
      { from: 'tpiu', says: 'In October 2000' },
      { from: 'tpiu-raids-2003', says: '2,047 raids' },
      { from: 'tpiu-closures-2003', says: '57 establishments' },
      { from: 'amnesty-report', says: 'The Amnesty International Report of 6 May 2004' },
      { from: 'amnesty-report', says: 'based heavily on evidence from 1999-2001' },
    ],
  },
  {
    id: 'victim-support',
    title: 'Support for victims: the VAAU',
    caption:
      'At the beginning of 2002 the Department of Justice created a Victims Advocacy and Assistance Unit (VAAU). By the end of April 2004, 1261 names had been registered on its database.',
    notes: [
      'The database is of potentially vulnerable foreign women working in a variety of businesses across Kosovo, kept to monitor and assist potential victims of trafficking. Read the 1261 as names registered, as the source does.',
    ],
    figures: [{ id: 'vaau-names-2004', label: 'names registered on the database' }],
    camera: { center: [20.9, 42.6], zoom: 7.4 },
    layers: ['countries', 'borders'],
    highlight: ['XK', 'vaau'],
    select: 'vaau',
    quotes: [
      { from: 'vaau', says: 'At the beginning of 2002' },
      { from: 'vaau', says: 'maintains a database' },
      { from: 'vaau-names-2004', says: '1261 names' },
    ],
  },
  {
    id: 'international-framework',
    title: 'The international framework: conventions, OSCE, NATO',
    caption:
      'The UK has ratified the key instruments that outlaw slavery. In December 2003 it helped put in place an OSCE Action Plan; in June 2004 NATO adopted its first policy on trafficking.',
    notes: [
      'The UN Convention Against Transnational Organised Crime came into force in September 2003. The UK has signed it and its Protocols, but some primary legislation must be put in place before it can ratify.',
      'The OSCE Plan aims to address trafficking through prevention, prosecution of criminals, international assistance and protection of victims. A Special Representative, Helga Konrad, was appointed on 13 May 2004.',
      'NATO adopted its policy at the Istanbul Summit, for the first time in its history, and has an agreed implementation plan.',
    ],
    camera: { center: [14, 47.5], zoom: 4.6 },
    layers: ['countries', 'borders', 'sites'],
    highlight: ['GB', 'istanbul-summit', 'south-east-europe', 'slavery-instruments', 'untoc', 'osce-action-plan', 'nato-policy'],
    quotes: [
      { from: 'slavery-instruments', says: 'key instruments that outlaw slavery' },
      { from: 'untoc', says: 'came into force in September 2003' },
      { from: 'untoc', says: 'While the UK has signed' },
      { from: 'osce-action-plan', says: 'In December 2003' },
      { from: 'osce-special-representative', says: 'Helga Konrad' },
      { from: 'nato-policy', says: 'For the first time in its history' },
    ],
  },
  {
    id: 'what-more',
    title: 'What more can be done',
    caption:
      'UNMIK has identified further measures, including surveillance, public awareness campaigns, a whistle-blowing hotline and training for prosecutors and judges. The UK Government believes the TPIU’s resources are not sufficient.',
    notes: [
      'The measures are UNMIK’s: in the FCO’s words, “UNMIK recognise this and have identified a number of strategic activities for future anti-trafficking efforts”.',
      'The Provisional Institutions of Self Government, with UNMIK, are developing an action plan that will define the roles of those involved and include a monitoring mechanism.',
      'HMG is working closely with the UN to secure an increase in the TPIU’s resources.',
    ],
    camera: { center: [20.9, 42.6], zoom: 7.2 },
    layers: ['countries', 'routes', 'borders', 'sites', 'institutions', 'postings'],
    highlight: ['XK', 'unmik-strategy', 'pisg-action-plan', 'tpiu'],
    quotes: [
      { from: 'unmik-strategy', says: 'UNMIK recognise this and have identified' },
      { from: 'unmik-strategy', says: 'These measures include' },
      { from: 'pisg-action-plan', says: 'Provisional Institutions of Self Government' },
      { from: 'tpiu', says: 'HMG believes the resource' },
    ],
  },
];

/** What the map emphasises while scene `story` is shown: derived, never stored. */
export function highlightOf(story: number | null): readonly string[] {
  return (story === null ? undefined : scenes[story]?.highlight) ?? [];
}
