// Data only, with type-only imports, so Node-side tests (Playwright) can read the story too.
import type { Camera, LayerId } from '../store/explorer';

/**
 * A quote taken from the fact base at runtime (quotes.ts), never copied: the item that carries it
 * and a fragment of the sentence that picks out one of its citations. Editing the fact base changes
 * what the story shows; scenes.test.ts fails if a fragment stops matching exactly one citation.
 */
export interface QuoteRef {
  from: string;
  says: string;
}

/** One step of the presentation. Captions are ours, and claim nothing the scene's quotes do not. */
export interface Scene {
  id: string;
  title: string;
  /** One to three sentences; every number in it appears in one of the scene's quotes. */
  caption: string;
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
      'The FCO told the committee that Kosovo had become a major destination and transit country for trafficked women and girls forced into prostitution. Most victims came from elsewhere in South East Europe, particularly Moldova and Romania, and entered Kosovo mainly from Serbia and also from Macedonia.',
    camera: { center: [24.5, 44.6], zoom: 5.6 },
    layers: ['countries', 'routes', 'borders'],
    highlight: ['XK', 'MD', 'RO', 'RS', 'MK', 'origin-moldova-kosovo', 'origin-romania-kosovo', 'entry-serbia-kosovo', 'entry-macedonia-kosovo'],
    select: 'XK',
    quotes: [
      { from: 'XK', says: 'Kosovo has become a major destination' },
      { from: 'MD', says: 'The majority of these victims' },
      { from: 'RS', says: 'Passage into Kosovo' },
    ],
  },
  {
    id: 'uk-response',
    title: 'The UK’s response: Reflex, liaison officers, airport units',
    caption:
      'In 2000 the UK set up Reflex, a multi-agency task force on organised immigration crime. The UK posted nine Immigration Liaison Officers in and around the Balkans, and Reflex set up a network of over twenty, mainly in Europe. At Heathrow and Gatwick, joint units put Immigration Service officers alongside police officers.',
    camera: { center: [9, 48], zoom: 4.4 },
    layers: ['countries', 'borders', 'sites', 'postings'],
    highlight: ['GB', 'heathrow', 'gatwick', 'ilo-balkans', 'ilo-europe', 'reflex', 'uk-liaison-officers', 'joint-airport-units'],
    select: 'reflex',
    quotes: [
      { from: 'reflex', says: 'In 2000 we set up Reflex' },
      { from: 'uk-ilo-balkans-2002', says: 'nine Immigration Liaison Officers' },
      { from: 'reflex-ilo-network-2004', says: 'over twenty Immigration Liaison Officers' },
      { from: 'joint-airport-units', says: 'Heathrow and Gatwick' },
    ],
  },
  {
    id: 'sarajevo-immpact',
    title: 'Sarajevo airport and Project Immpact',
    caption:
      'The Government’s written answer reported that Project Immpact, a UK-led EU immigration initiative assisting the Bosnia State Border Service, had reduced the flow of illegal migrants through Sarajevo airport by 90 per cent. It also said that EU STOP teams in Bosnia had identified 185 victims of trafficking involved in prostitution in the preceding year.',
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
      'The UK assisted the anti-trafficking task force at the SECI centre in Bucharest, then recently established, which focused on cross-border co-operation and intelligence sharing between its 11 member states. The centre aims to be a hub for passing information on crimes and criminals between signatory states, and the TPIU in Kosovo has made direct contact with police from the participating states to share intelligence.',
    camera: { center: [23.6, 43.6], zoom: 5.9 },
    layers: ['countries', 'borders', 'institutions'],
    highlight: ['seci-centre', 'RO', 'XK', 'seci-task-force', 'seci-crime-centre'],
    select: 'seci-centre',
    quotes: [
      { from: 'seci-task-force', says: 'anti-trafficking task force at the South East' },
      { from: 'seci-crime-centre', says: 'co-ordinating hub' },
      { from: 'seci-crime-centre', says: 'The TPIU has initiated direct contact' },
    ],
  },
  {
    id: 'tpiu-2003',
    title: 'The TPIU’s results in 2003',
    caption:
      'UNMIK set up the Trafficking and Prostitution Investigation Unit (TPIU) in October 2000. According to UNMIK figures, in 2003 it carried out 2,047 raids, operations and bar checks, after which 57 establishments were closed down and 60 people were charged for trafficking. By May the following year, 16 of those charged had been convicted, 18 released and 26 were awaiting trial.',
    camera: { center: [20.9, 42.6], zoom: 7.6 },
    layers: ['countries', 'borders', 'institutions'],
    highlight: ['XK', 'tpiu', 'unmik-police-hq', 'xk-rs-abl', 'xk-mk-border'],
    select: 'tpiu',
    year: 2003,
    quotes: [
      { from: 'tpiu', says: 'In October 2000' },
      { from: 'tpiu-raids-2003', says: '2,047 raids' },
      { from: 'tpiu-closures-2003', says: '57 establishments' },
    ],
  },
  {
    id: 'victim-support',
    title: 'Support for victims: the VAAU',
    caption:
      'At the beginning of 2002 the Department of Justice created a specialised Victims Advocacy and Assistance Unit (VAAU). It keeps a database of potentially vulnerable foreign women working in businesses across Kosovo, to monitor and assist potential victims of trafficking; by the end of April 2004, 1261 names had been registered.',
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
      'The UK has ratified the key instruments that outlaw slavery, and has signed the UN Convention Against Transnational Organised Crime and its Protocols, though some primary legislation was still needed before it could ratify them. In December 2003 the UK was heavily involved in putting in place an OSCE Action Plan to Combat Trafficking in Human Beings. In June 2004, at its Istanbul Summit, NATO adopted its first policy on Combating Trafficking in Human Beings.',
    camera: { center: [14, 47.5], zoom: 4.6 },
    layers: ['countries', 'borders', 'sites'],
    highlight: ['GB', 'istanbul-summit', 'south-east-europe', 'slavery-instruments', 'untoc', 'osce-action-plan', 'nato-policy'],
    quotes: [
      { from: 'slavery-instruments', says: 'key instruments that outlaw slavery' },
      { from: 'untoc', says: 'came into force in September 2003' },
      { from: 'untoc', says: 'While the UK has signed' },
      { from: 'osce-action-plan', says: 'In December 2003' },
      { from: 'nato-policy', says: 'For the first time in its history' },
    ],
  },
  {
    id: 'what-more',
    title: 'What more can be done',
    caption:
      'UNMIK has identified further measures, including enhanced intelligence gathering and surveillance, public awareness campaigns, a whistle-blowing hotline, mandatory training for prosecutors and judges, and more emphasis on regional co-operation. The Provisional Institutions of Self Government, in close co-operation with UNMIK, are developing an action plan that will define the roles and responsibilities of those involved and include a way to monitor it. The UK Government believes the TPIU’s resources are not sufficient and is working with the UN to secure an increase.',
    camera: { center: [20.9, 42.6], zoom: 7.2 },
    layers: ['countries', 'routes', 'borders', 'sites', 'institutions', 'postings'],
    highlight: ['XK', 'unmik-strategy', 'pisg-action-plan', 'tpiu'],
    quotes: [
      { from: 'unmik-strategy', says: 'These measures include' },
      { from: 'pisg-action-plan', says: 'Provisional Institutions of Self Government' },
      { from: 'tpiu', says: 'HMG believes the resource' },
    ],
  },
];
