/**
 * Distress that is not ideation: hopelessness, self-hatred, "I can't take it anymore". LOW, so the
 * author can be offered support without sending the post to a counsellor's queue.
 */

import type { RuleSpec } from '../types';

const distress = (id: string, pattern: string, examples: string[]): RuleSpec => ({
  id: `distress.${id}`,
  kind: 'distress',
  category: 'suicide',
  person: 'auto',
  pattern,
  examples,
});

export const DISTRESS_RULES: RuleSpec[] = [
  distress(
    'en',
    '(?:i|i am|i have been|feeling) (?:(?:just|really|always|often|sometimes|constantly|still|so|completely|totally|utterly|kind of|kinda) )*(?:feel |felt |am feeling |feeling |am |have been )?(?:(?:so|really|completely|totally|utterly|just|kind of|kinda) )*(?:hopeless|worthless|empty inside|empty|dead inside|numb inside|numb|like a failure|like nothing matters|like giving up|like a burden)|(?:i )?hate myself(?: so much)?|(?:cant|cannot|can not) (?:take|do|handle|bear|stand) (?:this|it|life|any of this) anymore|(?:cant|cannot) go on(?: like this)?|(?:no one|nobody) (?:cares|gives a damn|would care) about me|i (?:just )?give up(?: on everything)?|there is no hope|no hope left|lost all hope|i am a failure|everything (?:is|feels|seems) (?:so |just |completely )?(?:hopeless|pointless|meaningless|empty)|i dont want to live like this|(?:cant|cannot) stop crying|cry myself to sleep|crying (?:myself to sleep|every (?:night|day))|(?:tired|exhausted|sick) (?:of|from) (?:pretending|faking|acting) (?:to be |that i am |i am )?(?:ok|okay|fine|happy|alright)|(?:feel|feeling|felt) (?:(?:so|really|very|completely|totally|utterly|just|kind of|kinda) )*(?:lost and alone|alone and lost|broken inside|broken|invisible|unloved|unwanted)|nothing makes me happy(?: anymore)?',
    ['I feel so hopeless.', "I can't take this anymore.", 'i hate myself'],
  ),
  distress(
    'id',
    '(?:putus asa|(?:{NEG}) ada harapan(?: lagi)?|hilang harapan|kehilangan harapan)|(?:benci|muak|jijik) (?:sama |dengan |ama |pada )?(?:diri(?:ku)? sendiri|diriku)|(?:aku|gue|saya) (?:emang |memang |cuma |hanya |ngerasa |merasa )?(?:{NEG}) (?:berguna|berharga|ada gunanya|ada artinya|pantas hidup|pantes hidup)|(?:udah |sudah )?(?:{NEG}) (?:kuat|sanggup|tahan) (?:lagi|lagi sama|sama semua|dengan semua|ngejalanin semua|menjalani ini)|(?:aku|gue|saya) (?:mau |pengen |udah )?(?:nyerah|menyerah)(?: aja| deh| sama semuanya)?(?=$|[.,!?;])|(?:{NEG}) ada yang (?:peduli|sayang) (?:sama|ama|dengan|ke) (?:aku|gue|saya)|(?:{NEG}) kuat hidup kayak (?:gini|begini)|(?:{NEG}) mau hidup kayak (?:gini|begini)(?: terus)?|hampa banget|kosong banget rasanya|hidup(?:ku)? hancur|(?:rasanya|ngerasa|merasa|hatiku|hati aku|hidupku|hidup gue|hidup aku) (?:(?:hampa|kosong|gagal|hancur|putus asa|gak berguna|nggak berguna|tidak berguna|ga berguna) ?(?:banget|terus|mulu)?)|(?:{NEG}) ada (?:yang|orang yang|seorang pun yang) (?:peduli|sayang|ngerti|peduliin|ngertiin|dengerin)(?: (?:sama|ama|dengan|ke) (?:aku|gue|saya))?(?=$|[.,!?;])|nangis (?:terus|mulu|tiap (?:malam|hari)|setiap (?:malam|hari)|sampai ketiduran|sampe ketiduran)|(?:capek|lelah|cape) (?:banget |bgt )?(?:sama|dengan|dgn|ama) (?:semuanya|semua ini|segalanya|semua)(?=$|[.,!?;])|(?:dada|dadaku|napas|napasku) (?:sesak|sesek) (?:terus|mulu|banget)',
    ['Aku udah nggak kuat lagi.', 'benci sama diri sendiri', 'gak ada harapan lagi'],
  ),
];
