/**
 * The words of the trade that a new secretary or treasurer meets in Porte-voix, said in plain
 * French. The help panel shows them, searchable; each screen's help links to the ones it uses.
 * The definitions follow the README's and the rules the application applies (one wording).
 */

export interface GlossaryEntry {
  id: string;
  term: string;
  /** Other spellings people type when they look it up (« 4681 », « cerfa »). */
  aliases?: readonly string[];
  definition: string;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'instance',
    term: 'Instance',
    definition:
      'Organe où siègent des représentants des usagers : commission des usagers (CDU) d’un hôpital, conseil territorial de santé (CTS), CRSA, conseil de CPAM, CPTS, DAC, PTSM, CLS, conseil de la vie sociale, ou les instances de l’association (AG, CA, bureau, groupes de travail). La liste des types se complète dans Paramètres.',
  },
  {
    id: 'mandat',
    term: 'Mandat',
    definition:
      'Une personne qui occupe un siège d’une instance pendant une période : son rôle (titulaire, suppléant, membre, président…), ses dates de début et de fin, l’autorité qui l’a désignée (par exemple le directeur général de l’ARS), la référence de l’acte (arrêté n° …) et l’association qui l’a proposée. Un mandat de CDU dure 3 ans, un mandat de CTS ou de CRSA 5 ans.',
  },
  {
    id: 'siege',
    term: 'Siège',
    definition:
      'Une place qu’une instance offre aux usagers, par exemple 2 sièges de titulaire et 2 de suppléant dans une CDU. Un siège sans mandat en cours est vacant : « À faire » le signale, bien avant la campagne de renouvellement de l’ARS.',
  },
  {
    id: 'titulaire',
    term: 'Titulaire',
    definition:
      'La personne qui occupe un siège et siège à chaque réunion. Quand elle ne peut pas venir, son suppléant peut la remplacer.',
  },
  {
    id: 'suppleant',
    term: 'Suppléant, suppléante',
    definition:
      'La personne désignée pour remplacer un titulaire absent. À la réunion, la présence du titulaire se marque « remplacé par » et celle du suppléant « présent » : l’attestation de présence est faite au nom de celui qui a siégé.',
  },
  {
    id: 'objectif-instance',
    term: 'Objectif (minimum souhaité)',
    aliases: ['sous l’objectif'],
    definition:
      'Le nombre de représentants que l’association veut au moins dans une instance (au moins 2 par CPTS, par exemple). Une instance qui en a moins est « sous l’objectif » dans « À faire » et au tableau de bord.',
  },
  {
    id: 'reunion',
    term: 'Réunion',
    definition:
      'Une séance d’une instance : date, heures de début et de fin, lieu ou visioconférence, ordre du jour. On y saisit la présence de chaque personne attendue : présent, à distance, excusé, absent ou remplacé.',
  },
  {
    id: 'seance',
    term: 'Séance d’une action',
    definition:
      'Une rencontre d’une action ou d’un projet de l’association (atelier, forum, groupe de travail). On y saisit les présences comme pour une réunion, participant ou animateur, et le nombre de participants qui ne sont pas dans le registre.',
  },
  {
    id: 'attestation',
    term: 'Attestation de présence',
    definition:
      'Le document que la personne remet à son employeur pour chaque réunion : il nomme la personne, l’instance et son organisation, la date, les heures de présence, sur place ou à distance, l’association, le signataire, et porte une référence unique qui n’est jamais réutilisée.',
  },
  {
    id: 'conge-representation',
    term: 'Congé de représentation',
    aliases: ['L3142-60'],
    definition:
      'Le droit d’un salarié qui représente les usagers de s’absenter pour siéger : jusqu’à 9 jours ouvrables par an, par demi-journées (Code du travail, articles L3142-60 et suivants). Porte-voix compte, par jour, les heures de réunion réunies : jusqu’à 4 heures (réglable) une demi-journée, au-delà une journée, et prévient avant que la personne n’atteigne son plafond. Quand l’employeur ne maintient pas le salaire, l’État verse une indemnité horaire (réglable).',
  },
  {
    id: 'formation-base',
    term: 'Formation de base',
    definition:
      'La formation de deux jours que tout nouveau représentant des usagers doit suivre dans les 6 mois (délai réglable) qui suivent sa première nomination. « À faire » signale les personnes dont le délai approche ou est dépassé.',
  },
  {
    id: 'charte',
    term: 'Charte d’engagement',
    definition:
      'Le texte de l’association que signent ses représentants (valeurs, confidentialité, devoirs, compte rendu). Elle a des versions : une nouvelle version, ou un nouveau mandat, demande une nouvelle signature.',
  },
  {
    id: 'niveaux-implication',
    term: 'Niveaux d’implication',
    definition:
      'Jusqu’où les usagers sont associés à une action ou à une instance : informer, consulter, impliquer, collaborer ou co-construire, habiliter ou co-décider.',
  },
  {
    id: 'note-de-frais',
    term: 'Note de frais',
    aliases: ['état de frais'],
    definition:
      'La demande de remboursement des frais de déplacement d’une personne : trajets au kilomètre, billets, parking, péage, repas, hébergement, chacun avec sa date, son objet (souvent une réunion) et son justificatif. Elle passe de brouillon à soumise (elle reçoit alors son numéro, jamais réutilisé), validée puis payée.',
  },
  {
    id: 'bareme-cumule',
    term: 'Barème kilométrique cumulé',
    aliases: ['barème fiscal', 'indemnités kilométriques'],
    definition:
      'Le barème fiscal donne un montant pour l’année entière selon le total des kilomètres parcourus avec un véhicule et sa puissance. L’indemnité d’un trajet est donc la différence entre le montant du barème pour les kilomètres de l’année trajet compris et celui d’avant le trajet : les trajets d’une année font toujours le montant annuel du barème. Chaque véhicule compte séparément ; un véhicule électrique a 20 % de plus.',
  },
  {
    id: 'regularisation',
    term: 'Régularisation annuelle',
    definition:
      'En fin d’année, la ligne qui règle l’écart entre ce qui a été remboursé (montants figés à la validation) et ce que le barème donne pour les kilomètres de l’année d’un véhicule, par exemple après l’annulation d’une note ou la correction de la puissance d’un véhicule.',
  },
  {
    id: 'taux-vote',
    term: 'Taux voté au kilomètre',
    definition:
      'Un montant par kilomètre décidé par le conseil d’administration (par exemple 0,30 €), que beaucoup d’associations utilisent au lieu du barème fiscal, parfois avec des plafonds (repas, nuit d’hôtel). Le choix se fait pour chaque année dans Paramètres › Frais.',
  },
  {
    id: 'abandon-de-frais',
    term: 'Abandon de frais',
    definition:
      'Le bénévole renonce par écrit au remboursement d’une note justifiée et la laisse à l’association comme un don. L’association garde les justificatifs et la renonciation signée, et peut lui remettre un reçu fiscal.',
  },
  {
    id: 'recu-fiscal',
    term: 'Reçu fiscal',
    aliases: ['cerfa 11580', 'reçu de don'],
    definition:
      'Le reçu (cerfa n° 11580*05) qui permet au donateur de déduire 66 % du don de son impôt sur le revenu. Il porte un numéro d’ordre unique, l’association, le donateur, le montant en chiffres et en lettres, la date et la nature du don (« frais de bénévoles renoncés »). Un reçu émis ne se modifie pas : il s’annule et se réémet sous un nouveau numéro.',
  },
  {
    id: 'pain001',
    term: 'Fichier de virements SEPA (pain.001)',
    aliases: ['pain.001', 'SEPA', 'virement groupé'],
    definition:
      'Le fichier au format bancaire européen (ISO 20022 pain.001.001.03) qui paie plusieurs notes en une fois : on le dépose sur le site de la banque de l’association. Le produire ne paie rien encore : on dit ensuite à Porte-voix si la banque l’a accepté.',
  },
  {
    id: 'iban',
    term: 'IBAN',
    definition:
      'Le numéro de compte bancaire international d’une personne ou de l’association. Porte-voix vérifie sa clé de contrôle et qu’il appartient à la zone SEPA avant d’accepter un virement.',
  },
  {
    id: 'compte-4681',
    term: 'Compte 4681',
    aliases: ['4681'],
    definition:
      'Compte de tiers des sommes dues aux bénévoles : à la validation d’une note, la dépense est inscrite au débit d’un compte 625… et le compte 4681 est crédité ; il est soldé par le paiement (banque, compte 512) ou, en cas d’abandon de frais, par le compte 75412.',
  },
  {
    id: 'compte-75412',
    term: 'Compte 75412',
    aliases: ['75412'],
    definition:
      'Compte de produit « Abandons de frais par les bénévoles » : il enregistre le don que représente une note abandonnée, en contrepartie du compte 4681.',
  },
  {
    id: 'compte-625',
    term: 'Comptes 6251 et 6256',
    aliases: ['625', '6251', '6256'],
    definition:
      'Comptes de charges « Voyages et déplacements » et « Missions » où le journal comptable inscrit les frais des bénévoles. Les numéros se changent dans Paramètres › Frais si le plan comptable de l’association en utilise d’autres.',
  },
  {
    id: 'journal-comptable',
    term: 'Journal comptable',
    definition:
      'Le fichier CSV des écritures de l’année (validations, paiements, abandons de frais) que le trésorier remet au comptable ou importe dans son logiciel de comptabilité.',
  },
  {
    id: 'contributions-nature',
    term: 'Contributions volontaires en nature',
    aliases: ['valorisation du bénévolat', '86', '87', '864', '875'],
    definition:
      'Le temps donné par les bénévoles, valorisé en heures × valeur horaire et inscrit au pied du compte de résultat : comptes 86 (emplois, par exemple 864 « Personnel bénévole ») et 87 (ressources, par exemple 875 « Bénévolat »). Les financeurs le demandent dans le bilan d’action.',
  },
  {
    id: 'rna-siren',
    term: 'RNA et SIREN',
    aliases: ['RNA', 'SIREN', 'SIRET'],
    definition:
      'Les identifiants de l’association : le numéro RNA (W suivi de 9 chiffres) donné à la déclaration en préfecture, le numéro SIREN (9 chiffres) donné par l’Insee. L’un des deux figure sur les reçus fiscaux.',
  },
  {
    id: 'releve-annuel',
    term: 'Relevé annuel de participation',
    definition:
      'Le document qui récapitule, pour une personne et une année, ses mandats, ses présences aux réunions et aux actions, ses heures et son congé de représentation.',
  },
  {
    id: 'bilan-action',
    term: 'Bilan d’action',
    definition:
      'Le compte rendu annuel qu’un financeur (ARS, CPTS, région) demande pour une subvention : objectifs et indicateurs attendus et obtenus, bénéficiaires, partenaires, moyens humains, synthèse, compte rendu financier et signature « certifié exact ».',
  },
];

/** One glossary entry by its id: the screens' help names the words it uses. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return glossary.find((entry) => entry.id === id);
}
