import { prepare } from '../src/normalize';
import { expectLevels, rules } from './helpers';

// Rule families added after the blind rounds 5-7 (our own variants, not the blind sentences).

describe('normalisation: fused negations', () => {
  it('splits "gausah", "gatau", "gamau", "gabisa"', () => {
    expect(prepare('gausah gatau gamau gabisa').text).toBe('gak usah gak tahu gak mau gak bisa');
  });
});

describe('suicide: plans told without ideation words', () => {
  it('finality next to a high place, prepared means, a weapon at hand or an act is CRISIS', () => {
    expectLevels('CRISIS', [
      "standing on the edge of the parking garage roof. not coming back down. tell my sister i'm sorry",
      'udah di atap kos lantai 5. jangan cari aku lagi ya',
      'the charcoal is lit and the door is taped. sorry to whoever finds me',
      'tali udah kupasang di kamar mandi, tinggal nunggu orang rumah tidur',
      'walking into the river tonight. dont look for me',
      'saku celanaku udah kuisi batu, aku di pinggir kali sekarang. pamit ya semua',
      "counted out 50 pills. that's enough. it was a good run",
      'sitting on the bridge railing. i just wanted someone to know before i let go',
      'bought a rope today. doing it on saturday when everyone is out',
      'cutter udah di tangan. kali ini aku nggak bakal berhenti',
    ]);
  });
  it('asking how much of a medicine kills is CRISIS', () => {
    expectLevels('CRISIS', [
      'berapa butir obat tidur yang bisa bikin gak bangun lagi? di rumah ada sekotak',
      'how much of my moms insulin would it take to die',
      'is the fifth floor high enough to die?',
    ]);
  });
  it('the same words with a harmless purpose stay NONE', () => {
    expectLevels('NONE', [
      'pamit ya semuanya, aku pindah ke Bandung minggu depan',
      "don't try to find me this weekend, i'm at a retreat",
      'this is the end for me at this company, starting a new job monday',
      'makasih udah pernah jadi temen sebangku yang baik, sukses di sekolah baru ya',
      'kali ini aku nggak bakal berhenti belajar sampai lulus',
      'hp abis ini aku matiin ya, mau fokus ujian',
      'lagi di pantai. jangan cari aku ya',
      'tali tambang udah kuiket di tiang bendera buat lomba tarik tambang',
      'the rope is tied to the boat, ready to go fishing',
      'we went to the beach and walked into the sea until the water was knee deep, so fun',
      'berapa dosis vitamin c yang aman buat anak?',
      'how many calories would it take to gain a kilo',
    ]);
  });
  it('a jump only joked about is HIGH, not CRISIS', () => {
    expectLevels('HIGH', [
      "temen kosku suka 'bercanda' ntar gue loncat aja dari lantai 9, tapi mukanya serius",
    ]);
  });
});

describe('suicide: ideation phrasings', () => {
  it('not fighting death, hoping to be hit, envying the dead, disappearing from the world are HIGH', () => {
    expectLevels('HIGH', [
      'if a car hit me on the way home i honestly wouldnt mind',
      'kalau nanti gue kecelakaan juga gak masalah sih',
      'gue iri sama orang yang udah meninggal',
      'mending aku ngilang aja dari dunia ini',
      "my roommate keeps saying she'll be dead soon anyway",
      'i just want to fall asleep and never wake up',
      'gak ada alasan buat terus hidup',
      'tiap lewat jembatan aku kebayang gimana rasanya terjun',
    ]);
  });
  it('an attempt days or weeks ago is HIGH; a past attempt with the thoughts coming back is HIGH', () => {
    expectLevels('HIGH', [
      'I overdosed two weeks ago and I still feel the same',
      'two years ago i jumped off the bridge. the same thoughts are coming back now',
    ]);
  });
  it('a thought said to be gone, people in general, and a disowned method are not CRISIS', () => {
    expectLevels('NONE', [
      'the thoughts of killing myself are finally gone',
      'pikiran bunuh diri itu udah nggak pernah muncul lagi sejak terapi',
      'bagaimana cara mengenali murid yang punya pikiran bunuh diri?',
      'grandma fell asleep and never woke up, we miss her',
      'gue iri sama orang yang udah lulus duluan',
    ]);
    expectLevels('HIGH', [
      "sometimes i want to drive my car into a wall on purpose. i won't, but it scares me",
    ]);
  });
  it('thinking about suicide near an ordinary bridge is HIGH, not a plan', () => {
    expectLevels('HIGH', ['i think about suicide every time my bus crosses the bridge']);
  });
});

describe('self-harm', () => {
  it('punching walls until bleeding, object-first cutting, doing it again with a blade are HIGH', () => {
    expectLevels('HIGH', [
      'i keep punching the wall until my hand bleeds',
      'pahaku kusilet lagi tadi malam',
      'setahun bersih dari nyilet, tapi semalam aku ngelakuin lagi',
      "i keep banging my head against the wall when it's too loud",
    ]);
  });
  it('a deep cut with heavy bleeding is CRISIS', () => {
    expectLevels('CRISIS', [
      'I just cut way deeper than I meant to and the towel is soaked',
      'aku sayat lagi, darahnya netes ke lantai terus',
    ]);
  });
  it('an accident and a past habit with recovery stay NONE', () => {
    expectLevels('NONE', [
      'kemarin aku jatuh dari motor, lukanya dalem banget dan darahnya banyak',
      "i used to punch walls until my knuckles bled, but therapy helped and it's been two years",
    ]);
  });
});

describe('violence and danger', () => {
  it('a weapon at hand with an act or going to someone, an act with a weapon are CRISIS', () => {
    expectLevels('CRISIS', [
      'i have my dads gun and im going to his office now',
      'golok udah gue asah, sekarang gue ke rumahnya',
      'besok aku tusuk dia pakai pisau dapur',
    ]);
  });
  it('two signs of danger at the door are CRISIS', () => {
    expectLevels('CRISIS', [
      'he is banging on the door and im hiding under the bed',
      'my boyfriend is outside my kos and he is smashing the window',
    ]);
  });
  it('a knife for cooking, going to someone to pick her up stay NONE', () => {
    expectLevels('NONE', [
      'i have a knife in my bag, need it for the cooking class',
      'pisau udah di tangan, tinggal motong bawang',
      'i am waiting outside her house to pick her up for the movie',
      'he is coming up the stairs with pizza, brb',
    ]);
  });
  it('wanting to hurt someone is HIGH', () => {
    expectLevels('HIGH', ['i want to hurt him so bad']);
  });
});

describe('abuse', () => {
  it('night visits, hitting told without an object, withholding food are HIGH', () => {
    expectLevels('HIGH', [
      'my stepdad keeps coming into my room at night',
      'dia suka nampar kalau aku telat pulang.',
      'ibu tiriku sering nggak ngasih aku makan',
    ]);
    expectLevels('NONE', ['my stepdad comes into my room at night to say goodnight, its sweet']);
  });
  it('past abuse that still hurts is MEDIUM, even after it stopped', () => {
    expectLevels('MEDIUM', [
      "it's been years since my dad stopped hitting me but i still flinch when someone shouts",
      'dulu aku sering dipukul guru, sampai sekarang masih suka mimpi buruk',
    ]);
    expectLevels('NONE', [
      'I still have nightmares about that horror movie lol',
      'aku masih suka mimpi buruk soal ujian matematika',
      'dulu aku dibully, sekarang aku udah berdamai dan baik-baik aja',
    ]);
  });
});

describe('harassment, unsafe advice, spam, personal data', () => {
  it('mocking without classic insults and exposing someone are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'imagine being this ugly and still posting selfies',
      'lo cuma kurang bersyukur aja',
      'tinggal gue sebar nama asli sama foto lo',
    ]);
    expect(rules('kalo mau mati ya mati aja sana')).toContain('harassment.dare_to_die');
    expectLevels('NONE', [
      'you are the reason this group is so fun',
      'no one asked me to do the dishes but i did anyway',
      'kalau telat lagi, mampus lo wkwk',
    ]);
  });
  it('unsafe advice variants are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'dont eat for a week, only water',
      'coba aja ngelem bro',
      'udah lah gausah ke psikolog, mending minum aja',
      'jangan bilang guru bk ya soal ini, nanti kamu dilaporin',
    ]);
  });
  it('asking for an address and a full name with a numbered school are personal data', () => {
    expectLevels('MEDIUM', ['send me your home address and i will visit']);
    expectLevels('NONE', ['nama saya Budi, kelas 8 SMPN 2', 'my name is Rina Putri and I love drawing']);
  });
  it('a hotline number is not personal data', () => {
    expectLevels('NONE', ['kalau butuh, telepon hotline konseling 021-500-454 ya']);
  });
});
