import { expectLevels } from './helpers';

// Compositional families added after the blind rounds 18-20 (our own variants, not the blind sentences).

describe('suicide: an overdose or a poison named by any drug (round 10)', () => {
  it('an amount of any medicine swallowed, with a reaction or just now, is CRISIS', () => {
    expectLevels('CRISIS', [
      'just downed all of my quetiapine, feeling really heavy',
      'I swallowed a whole box of benadryl five minutes ago',
      'took every tramadol in the cabinet and my heart is pounding',
      'barusan kuminum semua obat tidur mama, kepala mulai pusing',
      'tadi nelen sebotol obat batuk, sekarang gemeteran',
      'I drank the bleach from under the sink just now',
      'baygon udah kucampur ke teh aku',
      'udah minum racun tikus, perutku panas banget',
    ]);
  });
  it('an overdose or a poison told weeks ago, or after a discharge, is HIGH', () => {
    expectLevels('HIGH', [
      'two weeks ago I swallowed all my lorazepam and nobody knows',
      'got released from hospital after I overdosed and I still want to die',
      'minggu lalu aku minum pemutih, sekarang masih sakit perut',
    ]);
  });
  it('daily medicine, a pharmacist or a nurse at work, questions and games stay NONE', () => {
    expectLevels('NONE', [
      'I took my sertraline this morning like the doctor said',
      'as a pharmacist I counted 40 tablets of tramadol for a patient today',
      'the nurse gave me two paracetamol tablets for the fever',
      'kalau minum 2 tablet paracetamol sekaligus aman gak ya?',
      'aku minum obat batuk sebelum tidur biar nggak batuk',
      'mama beli racun tikus buat gudang',
      'in the game my character drank the poison potion and respawned',
      'bleach the whites separately, never mix it with vinegar',
    ]);
  });
});

describe('suicide: ideation as a noun, and being gone as a relief (round 10)', () => {
  it('suicide on my mind, disappearing for good, a family better off without the cost are HIGH', () => {
    expectLevels('HIGH', [
      'killing myself has been on my mind all week',
      'ending it is constantly in my head lately',
      'dreaming about disappearing for good',
      'my parents would be richer if I wasnt alive',
      'if I disappeared nobody would notice for a week',
      'kalau aku udah gak ada, mereka malah lebih tenang',
      'keep praying god takes me in my sleep',
    ]);
  });
  it('grief, tests, travel, a phone and worries about others stay NONE', () => {
    expectLevels('NONE', [
      'my exam has been on my mind all week',
      'the trip has been on my mind since june',
      'I want to disappear for good from instagram for a month',
      'if I wasnt here on time the bus would leave, so I ran',
      'kalau aku gak ada di rumah, tolong kasih makan kucingnya',
      'pray god takes me to the finals this year',
    ]);
  });
});

describe('suicide: a vehicle, a drop, a decided act, words to those left behind (round 10)', () => {
  it('a car steered into something, standing above traffic, an act decided are CRISIS', () => {
    expectLevels('CRISIS', [
      "I'm going to swerve into oncoming traffic on the way home",
      'gue mau banting setir ke jurang pas turunan nanti',
      'standing on the bridge railing, the river is right below me',
      'on the ledge of the parking garage, cars underneath me, going to jump before anyone comes',
      'the razor is ready and it ends tonight after everyone sleeps',
      'aku udah nulis surat buat mama, abis subuh aku pergi selamanya',
      'kalau kalian baca ini berarti aku udah gak ada',
      'Dad, if you find this, none of it was your fault. I love you.',
      'gave my dog to my aunt and my bike to my cousin. you will all understand why soon. by morning I will be gone',
    ]);
  });
  it('imagining a crash with relief is HIGH', () => {
    expectLevels('HIGH', [
      'I keep daydreaming about crashing the car so it looks like an accident',
      'kalau ketabrak pas pulang kerja juga gapapa sih',
    ]);
  });
  it('driving talk, a hike, the train timetable and comforting a friend stay NONE', () => {
    expectLevels('NONE', [
      'the truck in front of me braked so hard I nearly hit it',
      'I parked by the cliff road to watch the sunset',
      'the next train comes at 11, see you at the station',
      'it is not your fault he cheated, you did nothing wrong',
      'ombaknya gede banget hari ini, gak jadi surfing',
      'the party ends at 11 tonight, pick me up after',
      'I picked the day for my wedding, so excited',
    ]);
  });
});

describe('self-harm, violence and abuse told by what happens (round 10)', () => {
  it('fresh cuts, carving the skin, a cut too deep are HIGH or CRISIS', () => {
    expectLevels('HIGH', [
      'the cuts on my thigh are still fresh from last night',
      'I scratch letters into my arm with a paperclip',
      'relapsed tonight, the razor from the sharpener was just there',
    ]);
    expectLevels('CRISIS', ['I cut again and I think I hit a vein, blood keeps pouring']);
  });
  it('harm named by its result, a house to burn, are HIGH', () => {
    expectLevels('HIGH', [
      'I want to kick him until he stops moving',
      'sumpah pengen kupatahin kakinya',
      'pengen bikin mereka menderita kayak aku',
      'I will make them suffer for what they did',
    ]);
    expectLevels('CRISIS', ['jeriken bensin udah siap, besok malam mobil dia kubakar']);
  });
  it('abuse by acts (a throat squeezed, a lap, a passport held) is HIGH, danger with it is CRISIS', () => {
    expectLevels('HIGH', [
      'my stepdad grabbed my throat again when I talked back',
      'she shoved me down the stairs yesterday',
      'pelatih renang suka pegang-pegang adikku di ruang ganti',
      'the neighbour makes my cousin sit on his lap when no one is home',
      'paspor aku ditahan majikan, gajiku juga gak dibayar',
    ]);
    expectLevels('CRISIS', [
      "he choked my neck tonight, I'm typing from the bathroom and he is still out there",
    ]);
  });
  it('cooking, games, sport and stories stay NONE', () => {
    expectLevels('NONE', [
      'the cuts of meat are fresh at this market',
      'my grandma makes the kids sit on the carpet for story time',
      'in fifa I smash his team every time',
      'sate bakar di depan kos enak banget',
      'he pushed me into the pool at the party lol',
      'the goalkeeper grabbed my neck in the scrum, yellow card',
    ]);
  });
});

describe('unsafe advice and spam in plain words (round 10)', () => {
  it('medicine offered or stopped, drink or hunger instead of care, money schemes are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'you can have some of my xanax, it calms you right down',
      'just stop taking sertraline, you will feel more like yourself',
      'minum aja pil punyaku, masih banyak kok',
      'dont bother with psychologists, drink a beer and sleep',
      'skip lunch for a month and you will finally be thin',
      'make 2 million a week playing slots online, link bio',
      'ikut arisan online kita, untung pasti, chat admin ya',
      'teh pelangsing turun 5 kg seminggu, order di shopee',
    ]);
  });
  it('a doctor stopping a medicine, a payday, a diet plan with a dietitian stay NONE', () => {
    expectLevels('NONE', [
      'my psychiatrist told me to stop taking lithium slowly over a month',
      'aku minum obatku tiap pagi sesuai resep dokter',
      'I used to play slots with my grandpa at the fair',
      'arisan keluarga bulan ini di rumah tante',
      'my dietitian said not to skip breakfast',
      'therapy is expensive but it is worth every cent',
    ]);
  });
});

describe('plans told in their parts (round 10, more of our own variants)', () => {
  it('a rope tied and doing it when the house is empty, counted pills and a note, a bag and tape are CRISIS', () => {
    expectLevels('CRISIS', [
      'the cord is tied to the railing upstairs, doing it once everyone is asleep',
      'my letter is finished and the tablets are lined up on the desk. sunday night.',
      'plastic bag and duct tape are ready in my room',
      'typing this from the rooftop, I am done.',
    ]);
  });
  it('dying with relief told as a condition is HIGH; a game or a hobby is not', () => {
    expectLevels('HIGH', ['if I die in my sleep at least it will finally be quiet']);
    expectLevels('NONE', [
      'the gifts are counted and the cards are written, party tomorrow',
      'doing it when mum gets home, she promised to help with the cake',
      'i am done with my homework!',
    ]);
  });
});

describe('look-alikes of the round-10 components stay NONE', () => {
  it('a clothesline, a fence, chess, a meteor shower, moving away and a wedding date', () => {
    expectLevels('NONE', [
      'nanti malem aku mau pake tali jemuran buat jemur seprei',
      'one leg over the fence and we were in the orchard',
      'I want to make him suffer in chess tonight',
      '2am is when it happens, the meteor shower, dont miss it',
      'Love you all, I am sorry I missed the meeting.',
      'the date is set for our wedding next june!',
      'Please look after my dog for me while I am in Bali.',
      'Tinggal selangkah lagi lulus!',
      'racun tikus udah kutaruh di gudang, semoga tikusnya pergi',
      'sitting on the railing of the bridge taking photos of the sunset',
    ]);
  });
});

describe('bullying and belittling in plain words (round 10)', () => {
  it('shoving day after day, a class laughing, mocking a member are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'two girls keep tripping me in the corridor and nobody says anything',
      'my manager always calls me useless in meetings',
      'sepatuku diumpetin lagi sama anak kelas sebelah',
      'tiap istirahat aku dilemparin sampah',
      'who cares about your problems, nobody asked',
      'cewek kayak lo mending gak usah posting',
      'they made a gc just to ngatain dia',
    ]);
  });
  it('a comedy show, a game and support stay NONE', () => {
    expectLevels('NONE', [
      'the whole class was laughing at the teacher joke, so fun',
      'my little brother keeps hitting the ball into the fence',
      'nobody is laughing at you, we all struggle sometimes',
      'hidup emang berat, kamu gak sendirian',
    ]);
  });
});

describe('more plain variants (round 10, a second set of our own)', () => {
  it('a windowsill with legs dangling, waiting for the train at the tracks, goodbye texts are CRISIS', () => {
    expectLevels('CRISIS', [
      'sitting on the window ledge of my flat, legs dangling',
      'aku udah di pinggir rel, nungguin kereta lewat',
      'scheduled goodbye texts to my friends for tonight',
      'gue lagi di atas jembatan, udah siap lompat',
    ]);
  });
  it('ideation as all I think about, vanishing, a head slammed are HIGH', () => {
    expectLevels('HIGH', [
      'dying is all i can think about these days',
      'my parents would be happier if i just vanished',
      'my brother smashed my head against the door',
    ]);
  });
  it('a train spotter, a table and a thesis stay NONE', () => {
    expectLevels('NONE', [
      'lagi di stasiun nunggu kereta lewat, mau ke Bogor',
      'I banged my head on the table laughing',
      'my thesis is all i think about lately',
    ]);
  });
});

describe('teen chat variants (round 10, a third set of our own)', () => {
  it('pets handed over with a night to wait, an overdose that makes the eyes close are CRISIS', () => {
    expectLevels('CRISIS', [
      'kucingku udah kutitipin ke sepupu, tinggal nunggu malem',
      'downed a load of my nans codeine, cant keep my eyes open',
      'barusan nelen 12 tablet obat maag, perutku perih banget',
    ]);
  });
  it('not wanting to wake up, a broom, poisoning someone are HIGH', () => {
    expectLevels('HIGH', [
      'jujur aku nggak pengen bangun lagi',
      'bapak sering nyabet aku pake selang',
      'pengen kuracunin dia biar mampus',
    ]);
  });
  it('a cat minded over the holiday, waking up late, a pest-control job stay NONE', () => {
    expectLevels('NONE', [
      'kucingku udah kutitipin ke tetangga selama mudik',
      'gak mau bangun lagi kesiangan kayak kemarin',
      'tukang semprot hama dateng, racun tikusnya ditaruh di plafon',
    ]);
  });
});

describe('adult plain variants (round 10, a fourth set of our own)', () => {
  it('drugs stockpiled with a time, leaving this world tonight are CRISIS', () => {
    expectLevels('CRISIS', [
      'been hoarding my tramadol since march and tonight i am taking them all',
      'leaving this world after the party, sorry dad',
    ]);
  });
  it('leaving this world is HIGH', () => {
    expectLevels('HIGH', ['i am going to leave this world', 'honestly ready to leave this world']);
  });
  it('a patient, a client, travel and a game stay NONE', () => {
    expectLevels('NONE', [
      'my patient said she has been thinking about suicide, I referred her to the psychiatrist',
      'leaving this world behind for a week of camping, no signal!',
      'my client is collecting vintage pills bottles for her shop',
    ]);
  });
});

describe('abuse told in the passive: things and food are not people', () => {
  it('meat, dough, a punching bag or a drum beaten stay NONE', () => {
    expectLevels('NONE', [
      'dagingnya dipukul pukul dulu biar empuk, baru dibumbuin',
      'resep ayam geprek: ayamnya dipukul sampai gepeng',
      'samsaknya ditendang terus sama anak anak karate',
      'bedugnya dipukul pas maghrib, rame banget',
    ]);
  });
  it('a person beaten in the passive stays HIGH', () => {
    expectLevels('HIGH', [
      'aku sering dipukul bapak pakai sapu',
      'adikku ditendang sama ibu tiri tiap pulang telat',
      'tiap malam aku dijambak dan ditampar pacarku',
    ]);
  });
});
