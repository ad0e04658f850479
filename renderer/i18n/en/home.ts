import type { home as zh } from '../zh/home';

export const home: typeof zh = {
  greeting: 'Hello, {{name}}',
  allowances: {
    title: 'Allowances',
    text: "Once the allowances area (资助发放) is added, the students due a payment and this month's progress will appear here.",
    toRegister: 'Open the student register',
  },
};
