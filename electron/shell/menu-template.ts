/** The French application menu, as data: main.ts hands it to Menu.buildFromTemplate. */
export interface MenuItem {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

export function menuTemplate(options: {
  isMac: boolean;
  openDataFolder: () => void;
  openHelp: () => void;
}): MenuItem[] {
  const file: MenuItem = {
    label: 'Fichier',
    submenu: [
      { label: 'Ouvrir le dossier des données', click: options.openDataFolder },
      { type: 'separator' },
      options.isMac
        ? { label: 'Fermer la fenêtre', role: 'close' }
        : { label: 'Quitter Porte-voix', role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItem = {
    label: 'Édition',
    submenu: [
      { label: 'Annuler', role: 'undo' },
      { label: 'Rétablir', role: 'redo' },
      { type: 'separator' },
      { label: 'Couper', role: 'cut' },
      { label: 'Copier', role: 'copy' },
      { label: 'Coller', role: 'paste' },
      { label: 'Tout sélectionner', role: 'selectAll' },
    ],
  };
  const view: MenuItem = {
    label: 'Affichage',
    submenu: [
      { label: 'Actualiser', role: 'reload' },
      { type: 'separator' },
      { label: 'Taille réelle', role: 'resetZoom' },
      { label: 'Agrandir', role: 'zoomIn' },
      { label: 'Réduire', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Plein écran', role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItem = {
    label: 'Fenêtre',
    submenu: [
      { label: 'Réduire dans le Dock', role: 'minimize' },
      { label: 'Fermer', role: 'close' },
    ],
  };
  const help: MenuItem = {
    label: 'Aide',
    submenu: [{ label: 'À propos de Porte-voix', click: options.openHelp }],
  };
  const mac: MenuItem[] = options.isMac
    ? [
        {
          label: 'Porte-voix',
          submenu: [
            { label: 'À propos de Porte-voix', role: 'about' },
            { type: 'separator' },
            { label: 'Masquer Porte-voix', role: 'hide' },
            { label: 'Masquer les autres', role: 'hideOthers' },
            { type: 'separator' },
            { label: 'Quitter Porte-voix', role: 'quit' },
          ],
        },
      ]
    : [];
  return [...mac, file, edit, view, windowMenu, help];
}
