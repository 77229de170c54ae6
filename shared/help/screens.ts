/**
 * What each screen is for and the rules that apply there, for the help panel (« Aide », F1).
 * A screen is found by the first segment of its address: « /frais/12/modifier » is helped by
 * « /frais ». A test checks that every menu entry and every route of the renderer has its help.
 */

export interface ScreenHelp {
  /** First segment of the addresses it covers, with its slash (« / » is the first screen). */
  path: string;
  title: string;
  purpose: string;
  /** What to know on this screen: the rules Porte-voix applies, the ways to do things. */
  points: readonly string[];
  /** Glossary ids of the words this screen uses. */
  terms: readonly string[];
}

const todo: Omit<ScreenHelp, 'path'> = {
  title: 'À faire',
  purpose:
    'Ce qui demande votre attention aujourd’hui, rangé par rubrique : mandats qui arrivent à échéance, sièges vacants, instances sous l’objectif, formations de base à suivre, chartes à signer, congé de représentation proche du plafond, notes de frais à traiter.',
  points: [
    '« Secrétariat » et « Trésorerie » ne montrent que les rubriques de chacun ; le nombre entre parenthèses est le nombre réel de points.',
    'Chaque ligne mène à la fiche concernée : traitez le point là-bas, il disparaît d’« À faire » de lui-même.',
    'Une rubrique longue se parcourt 50 lignes à la fois (« Lignes suivantes »).',
  ],
  terms: ['mandat', 'siege', 'objectif-instance', 'formation-base', 'charte', 'conge-representation'],
};

export const screensHelp: readonly ScreenHelp[] = [
  { path: '/', ...todo },
  { path: '/a-faire', ...todo },
  {
    path: '/tableau-de-bord',
    title: 'Tableau de bord',
    purpose:
      'Les chiffres que demandent l’ARS, la CPTS ou la région, pour une période et un périmètre, comparés à la période précédente.',
    points: [
      'Choisissez une année ou des dates, puis le périmètre (tout, une organisation, un type d’instance, un département).',
      'Le ⓘ de chaque chiffre dit exactement ce qu’il compte et ce qu’il ne compte pas ; un clic sur le chiffre ouvre la liste de ce qu’il compte.',
      'Une période pas encore finie compte jusqu’à aujourd’hui.',
    ],
    terms: ['mandat', 'siege', 'conge-representation', 'abandon-de-frais', 'recu-fiscal', 'bilan-action'],
  },
  {
    path: '/representants',
    title: 'Personnes',
    purpose:
      'Le registre des personnes : représentants des usagers, patients partenaires, bénévoles… avec leurs coordonnées, leurs mandats, leurs formations, leurs signatures de charte et leurs véhicules.',
    points: [
      'La recherche porte sur le nom, le prénom, la ville, le code postal, l’association d’origine et l’e-mail, sans tenir compte des accents.',
      'Une personne qui ne représente plus l’association s’archive : son historique reste, elle sort des listes.',
      'Le relevé annuel de participation et les attestations se produisent depuis sa fiche.',
      'Ne saisissez que ce qui sert : l’appartenance à une association de malades peut révéler une donnée de santé.',
    ],
    terms: ['mandat', 'formation-base', 'charte', 'releve-annuel', 'iban'],
  },
  {
    path: '/instances',
    title: 'Instances',
    purpose:
      'Les organes où siègent les représentants, avec leurs sièges de titulaire et de suppléant, leur durée de mandat et le minimum souhaité de représentants.',
    points: [
      'La fiche d’une instance montre ses sièges occupés et vacants, ses mandats en cours et passés, et ses réunions.',
      'La durée de mandat de l’instance calcule la fin d’un mandat quand on ne la saisit pas.',
    ],
    terms: ['instance', 'siege', 'mandat', 'objectif-instance', 'titulaire', 'suppleant'],
  },
  {
    path: '/organisations',
    title: 'Organisations',
    purpose:
      'Les établissements et organismes qui portent les instances : hôpitaux, ARS, CPAM, CPTS… Leur code postal donne le département du tableau de bord.',
    points: ['Une organisation archivée garde ses instances et leur historique.'],
    terms: ['instance'],
  },
  {
    path: '/formations',
    title: 'Formations',
    purpose:
      'Les formations suivies ou prévues par chaque personne, et leurs types (dont la formation de base).',
    points: [
      'Une formation de base datée après aujourd’hui est prévue, pas suivie : « À faire » continue de la rappeler.',
      'Les types de formation se gèrent dans « Types de formation ».',
    ],
    terms: ['formation-base'],
  },
  {
    path: '/chartes',
    title: 'Chartes',
    purpose: 'Les versions de la charte d’engagement de l’association et qui les a signées.',
    points: [
      'Une nouvelle version, ou un nouveau mandat, demande une nouvelle signature : « À faire » liste les personnes concernées.',
    ],
    terms: ['charte'],
  },
  {
    path: '/reunions',
    title: 'Réunions',
    purpose: 'Les réunions des instances, leurs présences et les attestations de présence.',
    points: [
      'Saisissez la présence de chaque personne attendue : présent, à distance, excusé, absent, ou remplacé par son suppléant.',
      'Les heures propres d’une personne (arrivée tardive, départ anticipé) remplacent celles de la réunion sur son attestation et dans ses heures.',
      'Une attestation émise porte une référence unique ; une réunion annulée peut annuler ses attestations.',
    ],
    terms: ['reunion', 'attestation', 'suppleant', 'conge-representation'],
  },
  {
    path: '/seances',
    title: 'Séance d’une action',
    purpose:
      'Une rencontre d’une action ou d’un projet : ses présences, ses heures et ses attestations de participation.',
    points: [
      'Les participants qui ne sont pas dans le registre se comptent dans « participants non inscrits ».',
      'Une séance peut donner lieu à une note de frais, comme une réunion.',
    ],
    terms: ['seance', 'attestation', 'niveaux-implication'],
  },
  {
    path: '/actions',
    title: 'Actions et projets',
    purpose:
      'Les actions et projets de l’association (ateliers, forums, groupes de travail) avec leur thème, leur porteur, leur niveau d’implication des usagers et leurs séances.',
    points: [
      'Une action peut faire partie d’un projet ; chaque action a ses propres séances.',
      'Les bénéficiaires attendus et atteints servent au bilan d’action.',
    ],
    terms: ['seance', 'niveaux-implication', 'bilan-action'],
  },
  {
    path: '/comptes-rendus',
    title: 'Comptes rendus de mandat',
    purpose:
      'Ce que chaque représentant rapporte des réunions où il a siégé, les suites à donner et les documents reçus.',
    points: ['Les comptes rendus attendus et les suites en retard apparaissent dans « À faire ».'],
    terms: ['reunion', 'mandat'],
  },
  {
    path: '/frais',
    title: 'Notes de frais',
    purpose:
      'Les demandes de remboursement des frais de déplacement, du brouillon au paiement ou à l’abandon de frais.',
    points: [
      '« Créer la note de frais depuis les présences » propose une ligne par réunion ou séance où la personne était sur place.',
      'Avec le barème fiscal, l’indemnité d’un trajet tient compte des kilomètres déjà faits dans l’année avec le même véhicule.',
      'La page d’une note ne montre que les actions permises à son stade ; une note validée ne se modifie plus.',
    ],
    terms: ['note-de-frais', 'bareme-cumule', 'regularisation', 'taux-vote', 'abandon-de-frais'],
  },
  {
    path: '/paiements',
    title: 'Paiements',
    purpose:
      'Payer en une fois les notes validées par un fichier de virements SEPA à déposer sur le site de la banque.',
    points: [
      'Produire le fichier ne paie rien : le lot est « à transmettre » jusqu’à ce que vous disiez que la banque l’a accepté.',
      'Une personne sans IBAN valide ne peut pas être cochée : complétez sa fiche, ou payez-la par chèque depuis sa note.',
    ],
    terms: ['pain001', 'iban', 'compte-4681', 'journal-comptable'],
  },
  {
    path: '/recus-fiscaux',
    title: 'Reçus fiscaux',
    purpose:
      'Les reçus des abandons de frais, par personne et par année (ou par note), et le journal comptable.',
    points: [
      'Un reçu émis ne se modifie pas : « Annuler… » puis réémettre sous un nouveau numéro.',
      'La page donne le nombre et le total des reçus de l’année pour la déclaration de l’association.',
    ],
    terms: [
      'recu-fiscal',
      'abandon-de-frais',
      'compte-75412',
      'compte-4681',
      'compte-625',
      'journal-comptable',
    ],
  },
  {
    path: '/temps-benevole',
    title: 'Temps bénévole',
    purpose:
      'Le temps donné en dehors des réunions (préparation, fonctions de bureau, animation, trajets…), pour la valorisation du bénévolat.',
    points: [
      'Les heures des réunions et des séances comptent d’elles-mêmes : ne les saisissez pas ici.',
      'La durée s’écrit HH:MM (02:30 pour deux heures et demie).',
      'Les valeurs horaires se votent en conseil d’administration et se saisissent, année par année, dans Paramètres › Bénévolat.',
    ],
    terms: ['contributions-nature'],
  },
  {
    path: '/financements',
    title: 'Financements et bilans',
    purpose:
      'Les subventions de l’association (financeur, convention, montant, période, projets financés, statut) et, pour chacune, le bilan d’action de chaque période.',
    points: [
      '« Nouveau bilan » remplit le bilan avec ce que Porte-voix sait : bénéficiaires, partenaires, heures des bénévoles, indicateurs, chiffres du tableau de bord.',
      'Vous rédigez les rubriques que Porte-voix ne peut pas connaître ; chaque enregistrement garde une version.',
      'Un financement qui a un bilan ne peut pas être supprimé.',
    ],
    terms: ['bilan-action', 'contributions-nature'],
  },
  {
    path: '/bilans',
    title: 'Bilan d’action',
    purpose:
      'Le bilan d’une subvention pour une période, à remettre au financeur, en PDF ou en classeur Excel.',
    points: [
      'Les chiffres sont ceux du tableau de bord pour la même période, calculés par le même service.',
      '« Versions précédentes » montre les anciens textes d’une rubrique et permet de les reprendre.',
      'Le classeur Excel a une feuille par tableau, pour remplir le modèle propre du financeur.',
    ],
    terms: ['bilan-action', 'contributions-nature'],
  },
  {
    path: '/objectifs',
    title: 'Objectifs de l’année',
    purpose:
      'Les objectifs opérationnels de l’association pour une année, hors projet, avec leurs indicateurs : attendu, obtenu, commentaire.',
    points: [
      'Un résultat peut être saisi, ou calculé par Porte-voix à partir d’un chiffre du tableau de bord pour l’année.',
      'Les objectifs d’un projet se saisissent sur la fiche du projet.',
    ],
    terms: ['bilan-action'],
  },
  {
    path: '/questionnaires',
    title: 'Questionnaires',
    purpose:
      'Les questionnaires de satisfaction des actions : questions, réponses saisies ou importées, résultats.',
    points: [
      'Les réponses s’importent d’un fichier CSV ou XLSX ; les résultats se lisent en graphiques et s’exportent.',
    ],
    terms: ['seance', 'bilan-action'],
  },
  {
    path: '/import',
    title: 'Importer un registre',
    purpose: 'Reprendre un registre tenu dans un tableur : personnes et mandats, en une fois.',
    points: [
      'Téléchargez le modèle (« Modèle de fichier ») : il a les colonnes reconnues et une ligne d’exemple.',
      'Porte-voix reconnaît les colonnes d’après leur titre ; vous pouvez corriger son choix avant d’importer.',
      'L’aperçu montre ce qui sera créé, mis à jour ou laissé, et les lignes en erreur, avant que rien ne soit enregistré.',
    ],
    terms: ['mandat', 'instance'],
  },
  {
    path: '/parametres',
    title: 'Paramètres',
    purpose:
      'L’association (nom, adresse, RNA ou SIREN, signataires, logo), l’application, les listes (types d’instance, profils, thèmes) et les règles de l’année (frais, barème, congé).',
    points: [
      'Les valeurs marquées incertaines dans la loi (indemnité horaire du congé, délai de la formation de base) sont des réglages : vérifiez-les chaque année.',
      '« Ouvrir l’année » du barème recopie l’année précédente : corrigez-la à la publication du nouveau barème.',
    ],
    terms: ['rna-siren', 'bareme-cumule', 'taux-vote', 'conge-representation', 'formation-base'],
  },
];

/** The help of the screen at `pathname` (« /frais/12 » → « /frais »), or null when none is written. */
export function screenHelpFor(pathname: string): ScreenHelp | null {
  const first = pathname.split('/')[1] ?? '';
  const key = `/${first}`;
  return screensHelp.find((s) => s.path === key) ?? null;
}
