import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A status badge is read whole or not at all: it never shrinks to « ABANDONNÉE… »; the
    // columns that hold one are sized for their longest label.
    Badge: Badge.extend({
      styles: {
        root: { flexShrink: 0, overflow: 'visible', maxWidth: 'none' },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});
