import { expectLevels } from './helpers';

// Rule families added after the blind rounds 8-9 (our own variants, not the blind sentences).

describe('suicide: plans told without ideation words (round 6)', () => {
  it('affairs put in order, things handed over or means at hand, with finality, are CRISIS', () => {
    expectLevels('CRISIS', [
      'paid off all my debts and gave away my bike and my books. saturday is the day',
      'sudah kubagiin semua barangku. malam ini aku pergi dan ga balik lagi',
      'returned everything i borrowed from my roommate. i feel calm now that i know. nobody will find me until monday',
      'the razor is in my pocket. i just wanted somebody to know',
      'hutang ku udah aku lunasin semua, kucing aku titipin ke tetangga. jangan cari aku',
      'gitar gue udah gue kasih ke Raka. gue pergi jauh dan gak akan pulang lagi',
      'obatnya udah di tangan. cuma mau bilang makasih ke kalian semua',
      'akun tiktok aku udah aku hapus. buku buku aku udah aku bagiin ke adek',
    ]);
  });
  it('a farewell standing at a height, a railway crossing or behind the railing is CRISIS', () => {
    expectLevels('CRISIS', [
      'sitting on the roof of the dorm, 9th floor. sorry everyone',
      'aku lagi berdiri di jembatan layang, anginnya kencang. maaf ya semua',
      'standing on the level crossing by the market, the train is coming in a few minutes',
      'aku udah di luar pagar pembatas jembatan. tinggal satu langkah lagi',
    ]);
  });
  it('prepared means, a note or a will, with a time or finality, are CRISIS', () => {
    expectLevels('CRISIS', [
      'hung my belt from the closet rail. tonight after my shift',
      'saved up two months of my sleeping pills. saturday night when my roommate is away',
      'been hoarding my sleeping pills since march. sunday is the day',
      'the rat poison is under my bed already. decided on friday',
      'jendela kamar udah aku lakban semua, tabung gas udah aku siapin di dalam',
      'made my will last night. the passwords for everything are in my drawer',
      'surat untuk ibu udah aku selipin di lemari. besok pagi aku lakuin',
      'the knife is in my hand, i only need the courage now',
      'pisau udah di tangan, tinggal butuh nyali',
    ]);
  });
  it('asking for a method or a dose, or how to make it look like an accident, is CRISIS', () => {
    expectLevels('CRISIS', [
      'how much ibuprofen for a 50kg girl to never wake up',
      'is that cliff tall enough that you dont survive the fall',
      "what's the least painful way to go.",
      'obat nyamuk cair berapa tutup biar langsung mati?',
      'how many of my grandmas blood pressure pills would kill me',
      'berapa butir antimo biar ga bangun lagi',
      'kalau loncat dari jembatan itu pasti mati ga ya',
      'gimana biar matiku keliatan kayak kecelakaan',
      'i want my death to look like an accident',
      'going to drive my car into the river tomorrow night',
      'tonight i am riding my scooter into the highway divider',
    ]);
  });
  it('the same words with a harmless purpose stay NONE', () => {
    expectLevels('NONE', [
      'finally paid off my student loans, feeling calm now that it is done',
      'gave away my old clothes to the charity shop, spring cleaning',
      'i have the grill and the charcoal ready for the bbq',
      'we set the date for the wedding! so excited',
      'friday is the day we finally go to the concert',
      'utang ke kakak udah aku lunasin, lega banget',
      'laptop lama gue kasih ke adek buat sekolah online',
      'titip kucingku ya selama aku mudik lebaran',
      'aku udah mutusin. mulai besok aku olahraga tiap pagi',
      'akun ig lama aku udah aku hapus, sekarang pakai akun baru',
      'lagi di atap benerin genteng bocor, maaf ya semua telat bales',
      'sitting on the rooftop cafe with friends, sorry guys for the late reply',
      'my grandpa wrote his will last year',
      'surat buat mama udah aku taruh di meja, isinya ucapan ulang tahun',
      'how many hours of sleep do you need to not wake up tired',
      'which way to go to the station from here, the best way to go?',
      'my dad drove the car into the garage and we unloaded the groceries',
      'bought a new razor for shaving, the old one was blunt',
      'i wrote a message for my mom for mothers day. tonight we celebrate',
      'how many push ups would kill me lol',
      'berapa lama tidur biar ga bangun lagi kesiangan',
      'dia pergi dan ga balik lagi, kucingku hilang',
      'udah nyiapin tabung gas buat kompor baru',
      'sampai ketemu di kehidupan selanjutnya kata tokoh di anime itu',
      'the bleach is under my bed, mom told me to keep it away from the cat',
      'charcoal in a closed room is dangerous, remember to ventilate when you grill',
      'jendela kamar udah aku tutup rapat biar nyamuk ga masuk',
    ]);
  });
});

describe('suicide: ideation phrasings (round 6)', () => {
  it('praying not to wake up, not deserving to live, not caring whether one lives, are HIGH', () => {
    expectLevels('HIGH', [
      'some nights i hope never to wake up',
      "honestly i don't deserve to be alive",
      'i dont care if i live or die anymore',
      'being dead sounds like a relief to me',
      'aku ngerasa gak layak hidup',
      'udah nggak peduli aku hidup atau enggak',
      'kenapa gue nggak mati aja waktu kecelakaan kemarin',
      'kenapa aku masih diberi umur sama tuhan',
      'seandainya aku nggak pernah dilahirin mungkin mama lebih bahagia',
      'akhir akhir ini pengen menghilang untuk selamanya',
      'aku selalu jadi beban orang tua',
      'kalau gue mati ada yang dateng ke pemakaman gue nggak ya',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'i wake up early every day for the gym',
      'you deserve to live a happy life, never forget that',
      'kamu layak hidup bahagia',
      'dia layak dapet nilai bagus',
      'aku peduli sama kamu, hidup atau nggak rencana kita tetep jalan',
      'kenapa aku nggak kepikiran dari dulu ya, ide bagus',
      'kakekku meninggal minggu lalu, banyak yang datang ke pemakaman',
      'i was never born in jakarta, i moved here at 5',
      'i pray every night to not wake up late for school',
      'kenapa aku masih dikasih hidup sehat gini ya, alhamdulillah',
    ]);
  });
});

describe('self-harm (round 6)', () => {
  it('self-harm as punishment and frightening thoughts about hurting oneself are HIGH', () => {
    expectLevels('HIGH', [
      'i keep burning myself as punishment for failing',
      'sengaja gak makan dua hari, aku pantas dihukum',
      'suka kepikiran macem macem ke diri sendiri kalau lagi sendirian',
    ]);
  });
  it('with signs of a heavy wound it is CRISIS', () => {
    expectLevels('CRISIS', [
      'i cut myself again and there is blood everywhere',
      'barusan aku ngebenturin kepala ke tembok, kepalaku bocor',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'the teacher gave us extra homework as punishment',
      'sengaja gak makan siang karena mau makan besar nanti malam',
      'the skin on my sunburn is peeling, so itchy',
      'sengaja ga makan siang biar bisa makan all you can eat, pantes kenyang banget',
      'my phone screen split open when i dropped it',
    ]);
  });
});

describe('abuse and danger (round 6)', () => {
  it('someone close being hit, touching, coercion and stalking are HIGH', () => {
    expectLevels('HIGH', [
      'my friends husband beats her whenever he drinks',
      'the older boys in the dorm hit us if we talk back',
      'my aunt locks me out of the house when i come home late and hits me',
      'my tutor always touching me during lessons and i hate it',
      'my neighbour keeps following me home from school',
      'tetangga sebelah sering nampar istrinya, kedengeran tiap malam',
      'pacarku suka banting aku ke kasur kalau marah',
      'om aku sering apa apain aku pas rumah sepi',
      'cowok itu nguntit aku terus tiap pulang kuliah',
    ]);
  });
  it('abuse with danger at the door is CRISIS', () => {
    expectLevels('CRISIS', [
      'my stepdad is hitting my mom right now, i hear plates smashing',
      'my dad is beating my mom right now and he said he will kill her',
      'my ex is waiting outside my kos and he has a knife',
      'bapak tiri lagi di depan kamar aku, pintunya udah mau didobrak, dia suka apa apain aku',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'my sister beats me at chess every time',
      'lol my mom said she would kill me if i touched her cake',
      'that song really touches me every time',
      'my brother kept following me around the mall asking for snacks',
      'aku kemarin ke surabaya naik kereta',
      'langitnya biru banget sampai biru tua',
      'he grabbed a bottle of water and went to the gym',
      'he just grabbed a knife to cut the cake',
      'pacarku suka gituin aku, manja banget haha',
      'my brother keeps following me home from school to make sure im safe',
      'pintunya jebol gara gara angin kencang',
      'my brother beats me at every game',
    ]);
  });
});

describe('violence (round 6)', () => {
  it('revenge with a weapon, or a weapon carried to school, is CRISIS', () => {
    expectLevels('CRISIS', [
      'im going to stab rizky after class, got a knife from my dads toolbox',
      'besok gue bawa golok, biar dia tau rasanya dihina',
      'taking my uncles pistol to campus on monday',
    ]);
  });
  it('revenge told as such is HIGH', () => {
    expectLevels('HIGH', [
      'they are finally going to pay.',
      'someday i will make them feel what i went through',
      'gue bakal bales dendam sama yang bully gue',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'im going to kill it at the exam tomorrow',
      'who is going to pay for dinner tonight?',
      'bawa pisau buat praktik masak ke sekolah, disuruh guru tata boga',
      'i feel what i felt last year when i moved, nervous but excited',
      'bawa golok ke sekolah buat praktik prakarya',
    ]);
  });
});

describe('unsafe advice, spam, personal data, harassment (round 6)', () => {
  it('unsafe advice in more forms is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'i quit my lithium cold turkey and you should do the same',
      'drink a few shots when you feel down, works every time',
      'coba minum aja sebotol bir tiap malem biar tidur',
      'anyone got xanax to spare? dm',
      'jual alprazolam murah, bisa cod',
    ]);
  });
  it('spam with a call to action is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'earn from referrals, no experience needed, message me',
      'paket followers 5k cuma 30rb, hub admin',
      'join grup investasi kami, modal kecil untung besar',
    ]);
  });
  it('asking where someone lives or goes home is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'what time do you leave school? i want to see you',
      'anyone know fajars instagram? he owes me',
      'ada yang tau alamatnya si dina?',
    ]);
  });
  it('harassment without insult words is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'no wonder nobody replies to you',
      'she wore that skirt, she probably asked for it',
      'look at this crybaby again',
      'ga usah nyampah disini deh',
      'kemarin si Andi pernah ketauan nangis di toilet wkwk',
      'gitu doang mewek',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'no wonder i was tired, i slept 3 hours',
      'my therapist said i should drink more water when i feel down',
      'i liked it a lot, thanks for the recommendation',
      'what time do you usually go to bed?',
      'aku tahu alamat kantor imigrasinya, nanti aku kirim ya',
      'cuma nangis gitu doang kok, sekarang udah lega',
      'no wonder nobody told you, it was a surprise party',
      'i stopped eating sugar and honestly you should too',
      'what time do you usually go home from work? just curious lol',
      'ada yang tau wa nya admin kampus?',
      'she liked it so much she cried',
      'look at this loser meme haha',
      'yang sabar ya, orang lemah yang depresi itu stigma, kamu kuat',
    ]);
  });
});
