import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo.js';
import { App } from './components/App.js';
import { LanguageProvider } from './components/LanguageProvider.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </ApolloProvider>
  </StrictMode>,
);
