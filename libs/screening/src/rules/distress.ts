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
    '(?:i|i am|i have been|feeling) (?:(?:just|really|always|often|sometimes|constantly|still|so|completely|totally|utterly|kind of|kinda) )*(?:feel |felt |am feeling |feeling |am |have been )?(?:(?:so|really|completely|totally|utterly|just|kind of|kinda) )*(?:hopeless|worthless|empty inside|empty|dead inside|numb inside|numb|like a failure|like nothing matters|like giving up|like a burden)|(?:i )?hate myself(?: so much)?|(?:cant|cannot|can not) (?:take|do|handle|bear|stand) (?:this|it|life|any of this) anymore|(?:cant|cannot) go on(?: like this)?|(?:no one|nobody) (?:cares|gives a damn|would care) about me|i (?:just )?give up(?: on everything)?|there is no hope|no hope left|lost all hope|i am a failure|(?:hopeless|pointless|meaningless)(?<=everything (?:is|feels|seems) (?:so |just |completely )?(?:hopeless|pointless|meaningless))|i dont want to live like this|(?:cant|cannot) stop crying|cry myself to sleep|crying myself to sleep|crying every(?= (?:night|day))|(?:tired|exhausted|sick) of pretending|(?:lost and alone|alone and lost|broken inside|broken|invisible|unloved|unwanted)(?<=(?:feel|feeling|felt) (?:(?:so|really|very|completely|totally|utterly|just|kind of|kinda) )*(?:lost and alone|alone and lost|broken inside|broken|invisible|unloved|unwanted))|nothing makes me happy(?: anymore)?|done with (?:everything|it all|all of this|everyone|people)(?<=(?:i am|i feel) (?:so |just |completely |honestly )?done with (?:everything|it all|all of this|everyone|people))(?= ?(?:$|[.,!?;]|lately|anymore|already|right now))|falling apart(?<=(?:i am|i feel like i am|feel like i am|i am slowly|i am just) falling apart)|(?:mentally|emotionally) (?:drained|exhausted|done|broken)|(?:so )?tired all the time|hate (?:who i am|what i have become|my life|my body|myself)|nothing i do is (?:ever )?(?:good enough|right|enough)|never good enough',
    ['I feel so hopeless.', "I can't take this anymore.", 'i hate myself'],
  ),
  distress(
    'id',
    '(?:putus asa|(?:{NEG}) ada harapan(?: lagi)?|hilang harapan|kehilangan harapan)|(?:benci|muak|jijik) (?:sama |dengan |ama |pada )?(?:diri(?:ku)? sendiri|diriku)|(?:aku|gue|saya) (?:emang |memang |cuma |hanya |ngerasa |merasa )?(?:{NEG}) (?:berguna|berharga|ada gunanya|ada artinya|pantas hidup|pantes hidup)|(?:udah |sudah )?(?:{NEG}) (?:kuat|sanggup|tahan) (?:lagi|lagi sama|sama semua|dengan semua|ngejalanin semua|menjalani ini)|(?:aku|gue|saya) (?:mau |pengen |udah )?(?:nyerah|menyerah)(?: aja| deh| sama semuanya)?(?=$|[.,!?;])|(?:{NEG}) ada yang (?:peduli|sayang) (?:sama|ama|dengan|ke) (?:aku|gue|saya)|(?:{NEG}) kuat hidup kayak (?:gini|begini)|(?:{NEG}) mau hidup kayak (?:gini|begini)(?: terus)?|hampa banget|kosong banget rasanya|hidup(?:ku)? hancur|(?:hampa|kosong|gagal|hancur|putus asa|gak berguna|ga berguna)(?<=(?:rasanya|ngerasa|merasa|hidupku) (?:hampa|kosong|gagal|hancur|putus asa|gak berguna|ga berguna))|(?:gak|ga|nggak|tidak|tak) ada (?:yang|orang yang)(?= (?:peduli|peduliin|ngerti|ngertiin|dengerin)(?: (?:sama|ama|dengan|ke) (?:aku|gue|saya))?(?:$|[.,!?;]))|nangis (?:terus|mulu|tiap malam|tiap hari|setiap malam|sampai ketiduran)|(?:capek|lelah|cape) (?:banget )?(?:sama|dengan) (?:semuanya|semua ini|segalanya)(?=$|[.,!?;])|(?:sesak|sesek)(?<=(?:dada|dadaku|napas|napasku) (?:sesak|sesek))(?= (?:terus|mulu|banget))|(?:berantakan|kacau|hancur)(?<=hidup(?:ku| gue| aku| saya)? (?:berantakan|kacau|hancur))(?= (?:banget|parah))|lagi (?:harus|mesti) (?:gimana|ngapain|bagaimana)(?<=(?:{NEG}) (?:ngerti|tahu|paham) lagi (?:harus|mesti) (?:gimana|ngapain|bagaimana))|semua beban (?:ada )?(?:di|ke) (?:aku|gue|saya|pundak(?:ku)?)|(?:ngecewain|mengecewakan)(?<=(?:aku|gue|saya) (?:selalu |cuma |cuman |terus )?(?:ngecewain|mengecewakan))(?= (?:semua|orang tua|keluarga))|(?:nyerah|menyerah)(?<=(?:mau|pengen|udah) (?:nyerah|menyerah))(?: aja| saja)?(?: rasanya)?(?=$|[.,!?;]| sama| dengan)',
    ['Aku udah nggak kuat lagi.', 'benci sama diri sendiri', 'gak ada harapan lagi'],
  ),
];
