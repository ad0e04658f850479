export const home = {
  greeting: '您好，{{name}}',
};
