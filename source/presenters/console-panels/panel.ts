// A titled block of lines beside a conversation (the triage panel, the suggested replies): text and a role colour.
import type {Tone} from '../queue-columns.js';

export type PanelLine = {text: string; tone: Tone};

export type Panel = {title: string; lines: PanelLine[]};
