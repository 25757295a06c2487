// Layout of the console shell: header bar, side navigation, main area.
import { css } from 'lit';

export const shellStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: #fff;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.25rem;
    align-items: center;
    padding: 0.6rem 1rem;
    border-bottom: 1px solid #d0d7de;
    background: #f6f8fa;
  }
  header h1 {
    font-size: 1.1rem;
    margin: 0 auto 0 0;
  }
  header .actions {
    margin: 0;
  }
  header .field {
    flex-direction: row;
    align-items: center;
    margin: 0;
  }
  .who,
  .signed-in {
    color: #57606a;
  }
  .lang button[aria-pressed='true'] {
    background: #0969da;
    border-color: #0969da;
    color: #fff;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
  }
  nav {
    flex: 0 0 11rem;
    padding: 1rem 0.5rem;
    border-right: 1px solid #d0d7de;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav a {
    display: block;
    padding: 0.4rem 0.75rem;
    border-radius: 6px;
    color: inherit;
    text-decoration: none;
  }
  nav a:hover {
    background: #f3f4f6;
  }
  nav a[aria-current='page'] {
    background: #ddf4ff;
    font-weight: 600;
    box-shadow: inset 3px 0 0 #0969da;
  }
  main {
    flex: 1 1 30rem;
    padding: 1rem 1.5rem 3rem;
    min-width: 0;
  }
  main:focus {
    outline: none;
  }
  /* A phone: the navigation is a band of links above the view, not a column beside it. */
  @media (max-width: 48rem) {
    .layout {
      display: block;
    }
    nav {
      padding: 0.5rem 0.75rem;
      border-right: 0;
      border-bottom: 1px solid #d0d7de;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    nav a {
      padding: 0.25rem 0.6rem;
      border: 1px solid #d0d7de;
    }
    nav a[aria-current='page'] {
      box-shadow: none;
      border-color: #0969da;
    }
    main {
      padding: 1rem 0.75rem 3rem;
    }
  }
  .sign-in {
    max-width: 28rem;
    margin: 3rem auto;
    padding: 0 1rem;
  }
`;
