// What a customer's message says once the wrapping is off: greetings, sign-offs and signatures, quoted replies.

// A line that only greets ("Hi,", "Hello team,", "Dear Northwind support,", "Guten Tag,").
const greetingLine =
	/^(hi|hello|hey|hiya|dear|good (morning|afternoon|evening)|greetings|hallo|guten (tag|morgen|abend)|sehr geehrte|liebe[rs]?|servus|moin|bonjour|bonsoir|salut|madame|monsieur|hola|buen[oa]s (días|dias|tardes|noches)|estimad[oa]s?)\b[^.?!\n]{0,40}[,!:.]?$/iu;
// A line that closes a message ("Thanks,", "Kind regards", "Viele Grüße", "Cordialement,").
const signOffLine =
	/^(thanks?( you)?( so much| a lot| in advance)?|many thanks|cheers|best( regards| wishes)?|kind regards|regards|warm regards|all the best|sincerely|yours( truly| sincerely)?|sent from my [\w ]+|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|freundliche grüße|danke( und gruß| schön| sehr)?|vielen dank|gruß|cordialement|bien (à|a) vous|merci( d'avance| beaucoup)?|bonne journée|salutations|saludos( cordiales)?|un saludo|gracias|muchas gracias|atentamente)\b[^.?\n]{0,30}[,!.]?$/iu;
// Where a quoted earlier message starts: "On Mon, Ada wrote:", "Am ... schrieb ...:", "Le ... a écrit :", "-----Original Message-----".
const quoteHeader = /^(on\b.{0,120}\bwrote:|am\b.{0,120}\bschrieb\b.{0,80}:|le\b.{0,120}\ba écrit\s?:|el\b.{0,120}\bescribió:|-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original)\s*-{2,}|from:\s.+@.+)$/iu;
// A conventional signature separator.
const signatureSeparator = /^--\s?$/;
// Phone channels store a note of the call, not the customer's words.
const callSummary = /^call summary:\s*/i;
// Longest a name line after a sign-off can be ("Priscilla Nakamura", "Lead engineer, Quartz Analytics").
const maxSignatureLineWords = 6;
const maxSignatureLines = 4;

/** The message without its greeting line, sign-off and signature, quoted replies and call-summary prefix. */
export function cleanMessage(body: string): string {
	const lines = body.replace(/\r\n?/g, '\n').split('\n');
	const kept: string[] = [];
	for (const raw of lines) {
		const line = raw.trim();
		if (quoteHeader.test(line) || signatureSeparator.test(line)) break;
		if (line.startsWith('>')) continue;
		kept.push(line);
	}
	while (kept.length > 0 && kept.at(-1) === '') kept.pop();
	dropSignOff(kept);
	let start = 0;
	while (start < kept.length && kept[start] === '') start++;
	if (start < kept.length && greetingLine.test(kept[start]!) && kept.length > start + 1) start++;
	return kept.slice(start).join('\n').replace(callSummary, '').trim();
}

/** A sign-off line near the end, and the name or title lines under it, go. */
function dropSignOff(lines: string[]): void {
	const from = Math.max(0, lines.length - 1 - maxSignatureLines);
	for (let index = lines.length - 1; index >= from; index--) {
		if (!signOffLine.test(lines[index]!)) continue;
		const below = lines.slice(index + 1);
		if (below.every(line => line.split(/\s+/).length <= maxSignatureLineWords) && index > 0) lines.splice(index);
		return;
	}
	// No sign-off: a last line of one or two capitalised words after a blank line is a name ("Priscilla").
	const last = lines.at(-1);
	if (lines.length > 2 && lines.at(-2) === '' && last && /^\p{Lu}[\p{L}'-]*( \p{Lu}[\p{L}'-]*)?$/u.test(last)) lines.splice(-2);
}
